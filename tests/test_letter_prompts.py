"""The interface asks for every letter detail the domain needs, with words marked for translation."""

from dpo_desk.domain.letters import DETAILS_PROMPTS
from dpo_desk.ui.letter_table_model import DETAILS


def test_every_details_prompt_of_the_domain_is_in_the_interface() -> None:
    assert {kind.value: text for kind, text in DETAILS_PROMPTS.items()} == DETAILS
