"""Schema names in the OpenAPI document are unique across modules, so generated SDKs keep them.

When two modules define request or response models of the same class name, FastAPI publishes
both under their import paths (``app__modules__database__schemas__SignalIn``) and the SDK
generators drop or mangle every operation that uses them.
"""

from __future__ import annotations

import dataclasses
import enum
import re
import typing
from collections import defaultdict

import pytest
import typing_extensions
from fastapi.routing import APIRoute, iter_route_contexts
from pydantic import BaseModel

from app.core.config import Settings
from tests.conftest import TEST_SECRET


@pytest.fixture(scope="module")
def api():  # type: ignore[no-untyped-def]
    from app.main import create_app

    # Every module mounted; the document needs no database or lifespan.
    return create_app(Settings(env="test", secret_key=TEST_SECRET, modules_disabled=[]))


def _is_schema(annotation: object) -> bool:
    """A type that pydantic publishes as a named component: model, TypedDict, dataclass, enum."""
    return isinstance(annotation, type) and (
        issubclass(annotation, BaseModel | enum.Enum)
        or typing_extensions.is_typeddict(annotation)
        or dataclasses.is_dataclass(annotation)
    )


def _models(annotation: object, seen: set[type]) -> None:
    """Every schema type reachable from a type annotation, through fields and generics."""
    if _is_schema(annotation):
        if annotation in seen:
            return
        seen.add(annotation)  # type: ignore[arg-type]
        if issubclass(annotation, BaseModel):  # type: ignore[arg-type]
            fields = [field.annotation for field in annotation.model_fields.values()]
        elif issubclass(annotation, enum.Enum):  # type: ignore[arg-type]
            fields = []
        else:
            fields = list(typing.get_type_hints(annotation, include_extras=True).values())
        for field in fields:
            _models(field, seen)
        return
    for argument in typing.get_args(annotation):
        _models(argument, seen)


def route_models(app) -> set[type]:  # type: ignore[no-untyped-def]
    seen: set[type] = set()
    for context in iter_route_contexts(app.routes):  # flattens included routers
        route = context.original_route
        if not isinstance(route, APIRoute) or not route.include_in_schema:
            continue
        _models(route.response_model, seen)
        if route.body_field is not None:
            _models(route.body_field.field_info.annotation, seen)
        dependant = route.dependant
        for param in (*dependant.body_params, *dependant.query_params, *dependant.path_params):
            _models(param.field_info.annotation, seen)
        for sub in dependant.dependencies:  # query parameters declared in dependencies
            for param in (*sub.query_params, *sub.path_params):
                _models(param.field_info.annotation, seen)
        for response in route.responses.values():
            _models(response.get("model"), seen)
    return seen


def test_no_schema_is_named_after_its_import_path(api) -> None:  # type: ignore[no-untyped-def]
    names = api.openapi()["components"]["schemas"]
    mangled = sorted(name for name in names if "__" in name)
    assert not mangled, f"schemas FastAPI had to rename (class names collide): {mangled}"


def test_no_two_modules_define_a_schema_of_the_same_name(api) -> None:  # type: ignore[no-untyped-def]
    by_name: dict[str, set[str]] = defaultdict(set)
    for model in route_models(api):
        by_name[model.__name__].add(f"{model.__module__}.{model.__qualname__}")
    collisions = {name: sorted(where) for name, where in by_name.items() if len(where) > 1}
    assert not collisions, f"one schema name, several classes: {collisions}"


def test_every_published_schema_is_traced_to_a_class(api) -> None:  # type: ignore[no-untyped-def]
    """The walk above finds the class of every schema in the document, so the collision check
    sees all of them (component names are class names with ``[``, ``,`` … replaced by ``_``)."""
    walked = {re.sub(r"[^A-Za-z0-9.\-_]", "_", model.__name__) for model in route_models(api)}
    untraced = sorted(
        name
        for name in api.openapi()["components"]["schemas"]
        if "__" not in name and name.removesuffix("-Input").removesuffix("-Output") not in walked
    )
    assert not untraced, f"schemas whose class the walk missed: {untraced}"


def _enums(node: object) -> list[list[object]]:
    if isinstance(node, dict):
        found = [node["enum"]] if isinstance(node.get("enum"), list) else []
        return found + [e for value in node.values() for e in _enums(value)]
    if isinstance(node, list):
        return [e for value in node for e in _enums(value)]
    return []


def test_no_enum_repeats_a_value_in_another_case(api) -> None:  # type: ignore[no-untyped-def]
    """openapi-python-client folds such values into a set, so its output order (and the
    committed SDK) would change from run to run; accept either case with a validator instead."""
    doubled = [
        values
        for values in _enums(api.openapi())
        if len({str(v).lower() for v in values}) < len(values)
    ]
    assert not doubled, f"enums with case-duplicate values: {doubled}"
