"""Schemathesis against the app's OpenAPI spec: generated requests, valid or not, never get 5xx."""

from __future__ import annotations

from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from newsgraph.api import create_app  # noqa: E402
from newsgraph.settings import Settings  # noqa: E402

# Small and bounded: the whole file runs in well under a minute on a busy machine.
MAX_EXAMPLES = 30


@pytest.fixture(scope="module")
def api_schema(handmade_db: Path):  # type: ignore[no-untyped-def]
    app = create_app(Settings(db=str(handmade_db)))
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    app.state.store_owner.close()


@pytest.mark.parametrize(
    "mode", [schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE]
)
def test_api_schema_generated_requests_never_give_5xx(api_schema, mode) -> None:  # type: ignore[no-untyped-def]
    @given(case=api_schema.as_strategy(generation_mode=mode))
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def run(case) -> None:  # type: ignore[no-untyped-def]
        case.call_and_validate(checks=[not_a_server_error])

    run()
