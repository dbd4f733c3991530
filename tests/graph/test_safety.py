"""SERVICE / LOAD inspection on tokens: strings, IRIs and comments never count."""

from __future__ import annotations

import pytest

from vnst.errors import ForbiddenOperation, QuerySyntaxError
from vnst.graph.safety import allowed, inspect_query, inspect_update

ALLOW = ("https://query.wikidata.org/",)


@pytest.mark.parametrize("query", [
    'SELECT * { ?s ?p "SERVICE <http://evil/> { }" }',
    "SELECT * { ?s ?p ?o } # SERVICE <http://evil/> { ?s ?p ?o }",
    "SELECT * { ?s <http://x/SERVICE> ?o }",
    "PREFIX ex: <http://x/>\nSELECT * { ?s ex:SERVICE ?o . ?SERVICE ?p ?o }",
    "SELECT * { ?s ?p '''multi\nSERVICE <http://evil/> {}\n''' }",
    "SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }",
])
def test_queries_without_a_refused_service_pass(query):
    inspection = inspect_query(query, allowlist=ALLOW)
    assert inspection.text == query
    assert inspection.form == "SELECT"


@pytest.mark.parametrize("query", [
    "SELECT * { SERVICE <http://127.0.0.1:8080/> { ?s ?p ?o } }",
    "select * { service <http://127.0.0.1:8080/> { ?s ?p ?o } }",
    "SELECT * { SERVICE ?x { ?s ?p ?o } }",
    "PREFIX w: <https://query.wikidata.org.evil/>\nSELECT * { SERVICE w:sparql { ?s ?p ?o } }",
    "BASE <http://127.0.0.1/>\nSELECT * { SERVICE <sparql> { ?s ?p ?o } }",
    "SELECT * { SERVIC\\u0045 <http://127.0.0.1/> { ?s ?p ?o } }",
    "SELECT * { SERVICE <file:///etc/passwd> { ?s ?p ?o } }",
    "SELECT * { SERVICE SILENT ?x { ?s ?p ?o } }",
])
def test_refused_services(query):
    with pytest.raises(ForbiddenOperation):
        inspect_query(query, allowlist=ALLOW)


def test_prefixed_service_iri_is_expanded_for_the_allowlist():
    query = "PREFIX wd: <https://query.wikidata.org/>\nSELECT * { SERVICE wd:sparql { ?s ?p ?o } }"
    assert inspect_query(query, allowlist=ALLOW).services == ["https://query.wikidata.org/sparql"]


def test_service_silent_is_replaced_by_one_empty_solution():
    query = "SELECT * { ?s ?p ?o SERVICE SILENT <http://evil/> { ?s ?p ?o { ?a ?b ?c } } }"
    assert inspect_query(query).text == "SELECT * { ?s ?p ?o {} }"


@pytest.mark.parametrize("update, status", [
    ("LOAD <http://example.org/x>", 403),
    ("LOAD <file:///etc/passwd> INTO GRAPH <http://g/>", 403),
    ("INSERT DATA { <http://a/> <http://b/> 'LOAD <file:///x>' } ; LOAD <file:///etc/shadow>", 403),
])
def test_refused_loads(update, status):
    with pytest.raises(ForbiddenOperation) as caught:
        inspect_update(update)
    assert caught.value.http_status == status


def test_malformed_update_with_load_is_a_syntax_error_not_a_refusal():
    with pytest.raises(QuerySyntaxError):
        inspect_update("CREATE GRAPH <http://g/>\nLOAD <http://remote/> INTO GRAPH <http://g/>")


def test_load_silent_of_a_refused_iri_becomes_a_no_op():
    update = "LOAD SILENT <file:///etc/passwd> INTO GRAPH <http://g/> ; CLEAR ALL"
    assert inspect_update(update).text == "INSERT DATA {} ; CLEAR ALL"


@pytest.mark.parametrize("iri, result", [
    ("https://query.wikidata.org/sparql", True),
    ("https://query.wikidata.org.evil/sparql", False),
    ("file:///etc/passwd", False),
    (None, False),
])
def test_allowed(iri, result):
    assert allowed(iri, ALLOW) is result


def test_file_scheme_is_never_allowed_even_if_listed():
    assert not allowed("file:///etc/passwd", ("file:///",))


def test_unterminated_string_is_a_syntax_error_with_position():
    with pytest.raises(QuerySyntaxError) as caught:
        inspect_query('SELECT * {\n ?s ?p "oops }')
    assert caught.value.line == 2


@pytest.mark.parametrize("query, form, dataset", [
    ("PREFIX select: <http://x/>\nASK { ?s select:p ?o }", "ASK", False),
    ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT", False),
    ("DESCRIBE <http://x/>", "DESCRIBE", False),
    ("SELECT * FROM <http://g/> { ?s ?p ?o }", "SELECT", True),
])
def test_query_form_and_dataset(query, form, dataset):
    inspection = inspect_query(query)
    assert (inspection.form, inspection.dataset) == (form, dataset)
