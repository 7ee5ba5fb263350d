"""Issue 16, session 21 (branch i274): a class said against the class the knowledge base's
sourced tables give a drug with no established class (MEC004), and routes compared per
product (MEC003). Sentences in our own words."""

from __future__ import annotations

from conftest import mec_found, mec_on


def _messages(project, text: str):
    return [d.message for d in mec_on(project, text).diagnostics if d.code != "MEC005"]


# (b) lisinopril has no FDA established class in DrugCentral, only MeSH's
# "Angiotensin-Converting Enzyme Inhibitors": that is its known class.

def test_a_class_disjoint_from_the_known_one_contradicts(project):
    found = mec_found(project, "# Blood pressure\n\nLisinopril is a beta blocker.\n")
    assert found == [("MEC004", 3)], found


def test_the_message_names_the_known_class_and_its_source(project):
    messages = _messages(project, "# Blood pressure\n\nFor years lisinopril has been "
                                  "prescribed as a beta blocker.\n")
    assert len(messages) == 1, messages
    assert "'beta blocker'" in messages[0] and "ACE inhibitor" in messages[0], messages
    assert "MeSH pharmacological action" in messages[0], messages


def test_the_known_class_itself_passes(project):
    assert mec_found(project, "# Blood pressure\n\nLisinopril is an ACE inhibitor that "
                           "lowers blood pressure.\n") == []


def test_a_class_sharing_members_with_the_known_one_passes(project):
    """Timolol (no FDA established class either) is known as a beta blocker through MeSH;
    the narrower kind the text names shares its members."""
    assert mec_found(project, "# Eyes\n\nTimolol is a nonselective beta blocker used as eye "
                           "drops.\n\nTimolol is a beta blocker.\n") == []


def test_a_descriptive_class_is_not_judged(project):
    assert mec_found(project, "# Blood pressure\n\nLisinopril is an antihypertensive agent.\n") \
        == []


# (a) routes per product. Rilpivirine is sold as tablets and as a long-acting injection given
# into a muscle (route_products.yaml, from its FDA labels).

TWO_PRODUCTS = """# HIV

Rilpivirine is taken orally as a 25 mg tablet once daily with a meal.

## Long-acting treatment

Rilpivirine is given intramuscularly as a long-acting injectable suspension every two months.
"""


def test_two_products_of_two_routes_do_not_conflict(project):
    assert mec_found(project, TWO_PRODUCTS) == []


def test_the_products_routes_without_product_words_do_not_conflict(project):
    text = TWO_PRODUCTS.replace(" as a 25 mg tablet", "").replace(
        " as a long-acting injectable suspension", "")
    assert mec_found(project, text) == []


def test_a_route_no_product_of_the_drug_has_still_conflicts(project):
    text = TWO_PRODUCTS.replace("given intramuscularly as a long-acting injectable suspension",
                                "given intravenously")
    assert ("MEC003", 7) in mec_found(project, text)


def test_a_drug_without_product_data_still_conflicts(project):
    """Naproxen is not in the table and its entry lists no routes: the text's two product
    words are no evidence that two products exist."""
    found = mec_found(project, "# Pain\n\nNaproxen is taken orally as a 500 mg tablet twice "
                            "daily.\n\n## Later\n\nNaproxen is given intramuscularly as a "
                            "long-acting injectable suspension.\n")
    assert ("MEC003", 7) in found, found


def _routes(project, sentence: str) -> set[tuple[str, str, str]]:
    """(route, product, product clash) of each route the annotator reads in the sentence,
    said of rilpivirine in an article of its own."""
    result = mec_on(project, "# HIV\n\n" + sentence + "\n")
    return {(a.value, a.product, a.product_clash) for d in result.documents
            for a in d.annotations.mechanisms if a.attribute == "route"}


def test_product_words_of_a_route(project):
    assert _routes(project, "Rilpivirine is taken as tablets.") == {("oral", "tablet", "")}
    assert _routes(project, "Rilpivirine is given intramuscularly as a long-acting injectable "
                            "suspension.") == {("intramuscular", "long-acting injection", "")}
    # a product word that cannot take the route names no product of it
    assert _routes(project, "Rilpivirine is given orally as an injection.") == \
        {("oral", "", "injection")}
    # nor does one past a clause break
    assert _routes(project, "Rilpivirine is taken orally; the injection is rare.") == \
        {("oral", "", "")}


def test_the_drug_card_shows_the_products_routes_and_their_source():
    from lint.report.drug_card import render_card
    from lint.sources.drugs import load_knowledge

    kb = load_knowledge()
    text = render_card(kb.find("rilpivirine"), kb, "text")
    assert "routes of its products: intramuscular, oral — Product labels: Edurant" in text, text


def test_a_route_said_of_a_product_that_cannot_take_it_still_conflicts(project):
    """Both routes are rilpivirine's, but here the injectable suspension is said to be
    swallowed: the products do not excuse a route said of the wrong one."""
    text = ("# HIV\n\nRilpivirine is given intramuscularly as a long-acting injection.\n\n"
            "## Later\n\nRilpivirine is taken orally as an injectable suspension every two "
            "months.\n")
    assert ("MEC003", 7) in mec_found(project, text)


def test_the_product_clash_is_kept_on_the_route(project):
    # (the tablet is also read as an oral route of its own)
    assert ("intramuscular", "", "tablet") in _routes(
        project, "Rilpivirine is given intramuscularly as a film-coated tablet.")
    assert _routes(project, "Rilpivirine is given intramuscularly as an injection.") == \
        {("intramuscular", "injection", "")}


def test_a_decimal_dose_does_not_end_the_phrase(project):
    # final read of session 21: the point of "2.5 mg" was read as a full stop
    assert _routes(project, "Rilpivirine is taken orally as a 2.5 mg tablet.") == \
        {("oral", "tablet", "")}
