"""``GET /problems`` and ``GET /problems/{slug}``: every problem ``type`` the API sends resolves.

The catalogue is built from the ``AppError`` classes that are loaded (core's and each enabled
module's; a class's docstring is its description), the validation and internal errors of the
handlers, and the standard HTTP statuses the framework itself answers with (``not-found``,
``method-not-allowed``, ...). White-hat rules are listed under ``policy-violation``.
"""

from __future__ import annotations

import inspect
from functools import lru_cache
from http import HTTPStatus

from fastapi import APIRouter
from pydantic import BaseModel, Field

from app.core import policy
from app.core.errors import NotFound, error_classes, problem_responses, problem_type


class ProblemTypeInfo(BaseModel):
    type: str = Field(description="The URI reference problems of this kind carry in `type`")
    slug: str
    status: int
    title: str
    description: str
    rules: list[str] | None = Field(
        default=None, description="For policy violations: the rules that `rule` can name"
    )


class ProblemTypeList(BaseModel):
    items: list[ProblemTypeInfo]


router = APIRouter(prefix="/problems", tags=["problems"])


def http_slug(status: HTTPStatus) -> str:
    return status.phrase.lower().replace(" ", "-")


def _catalogue() -> dict[str, ProblemTypeInfo]:
    found: dict[str, ProblemTypeInfo] = {}
    for status in HTTPStatus:
        if status >= 400:
            slug = http_slug(status)
            found[slug] = ProblemTypeInfo(
                type=problem_type(slug),
                slug=slug,
                status=int(status),
                title=status.phrase,
                description=f"HTTP {int(status)}: {status.description or status.phrase}.",
            )
    for cls in error_classes():
        doc = inspect.getdoc(cls) if cls.__doc__ else None
        found[cls.slug] = ProblemTypeInfo(
            type=problem_type(cls.slug),
            slug=cls.slug,
            status=cls.status,
            title=cls.title,
            description=doc or f"{cls.title} (HTTP {cls.status}).",
            rules=sorted(policy.ALL_RULES) if cls.slug == "policy-violation" else None,
        )
    return found


@lru_cache(maxsize=1)
def _cached(count: int) -> dict[str, ProblemTypeInfo]:
    # Keyed by the number of loaded error classes: a module imported later adds its own.
    return _catalogue()


def catalogue() -> dict[str, ProblemTypeInfo]:
    return _cached(len(error_classes()))


@router.get(
    "",
    response_model=ProblemTypeList,
    operation_id="problems_list",
    summary="Every problem type this API can answer with",
)
async def list_problems() -> ProblemTypeList:
    return ProblemTypeList(items=sorted(catalogue().values(), key=lambda item: item.slug))


@router.get(
    "/{slug}",
    response_model=ProblemTypeInfo,
    operation_id="problems_get",
    summary="What one problem type means",
    responses=problem_responses(404),
)
async def get_problem(slug: str) -> ProblemTypeInfo:
    info = catalogue().get(slug)
    if info is None:
        raise NotFound(f"no problem type {slug!r}; GET /problems lists them")
    return info
