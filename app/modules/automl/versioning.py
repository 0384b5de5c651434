"""The version registry of signal-model deployments: the first training is version 1, each
online update adds one (promoted or rejected), and a rollback makes the version before the
current one current again. The deployment row always carries the current version's artifact,
so predictions (``public.predict_signal``) need no knowledge of versions, and a rollback
restores the previous version's predictions exactly (the same bytes)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.core.artifacts import sha256_hex
from app.core.errors import Conflict
from app.core.pagination import PageRequest, newest_first, next_cursor_of
from app.modules.automl.models import AutoMLDeployment, AutoMLModelVersion
from app.modules.automl.online import UpdateOutcome


async def versions_of(session: AsyncSession, deployment_id: int) -> list[AutoMLModelVersion]:
    rows = await session.scalars(
        select(AutoMLModelVersion)
        .where(col(AutoMLModelVersion.deployment_id) == deployment_id)
        .order_by(col(AutoMLModelVersion.version))
    )
    return list(rows)


async def ensure_initial(
    session: AsyncSession, row: AutoMLDeployment, job_id: str | None = None
) -> AutoMLModelVersion:
    """The deployment's current version, creating version 1 from its artifact if it has none
    (deployments trained before versions existed, or just trained). Commits."""
    assert row.id is not None and row.artifact is not None
    existing = await session.scalar(
        select(AutoMLModelVersion).where(
            col(AutoMLModelVersion.deployment_id) == row.id, col(AutoMLModelVersion.current)
        )
    )
    if existing is not None:
        return existing
    metrics: dict[str, Any] = {}
    if len(row.members) == 1:
        metrics = dict(row.members[0].get("reproduced_metrics") or {})
    first = AutoMLModelVersion(
        deployment_id=row.id,
        owner_id=row.owner_id,
        version=1,
        kind="initial",
        status="promoted",
        current=True,
        artifact=row.artifact,
        sha256=sha256_hex(row.artifact),
        metrics=metrics,
        data_window={"study_id": row.study_id},
        job_id=job_id,
    )
    session.add(first)
    await session.commit()
    await session.refresh(first)
    return first


async def record_update(
    session: AsyncSession,
    row: AutoMLDeployment,
    base_version: int,
    outcome: UpdateOutcome,
    job_id: str,
) -> AutoMLModelVersion:
    """Store the update as the next version; promote it (make it current and the deployment's
    artifact) if it scored at least the current version and the current version is still the
    one it was compared with."""
    assert row.id is not None
    versions = await versions_of(session, row.id)
    current = next((v for v in versions if v.current), None)
    still_base = current is not None and current.version == base_version
    promote = outcome.promoted and still_base and row.status == "active"
    version = AutoMLModelVersion(
        deployment_id=row.id,
        owner_id=row.owner_id,
        version=max(v.version for v in versions) + 1,
        kind=outcome.kind,
        status="promoted" if promote else "rejected",
        current=promote,
        artifact=outcome.artifact,
        sha256=sha256_hex(outcome.artifact),
        metrics=outcome.candidate_metrics,
        previous_metrics={
            "version": base_version,
            **outcome.previous_metrics,
            "note": None if still_base else "the current version changed during the update",
        },
        drift=outcome.drift.as_dict(),
        data_window={
            **outcome.window,
            "train_rows": outcome.train_rows,
            "holdout_rows": outcome.holdout_rows,
            "objective": outcome.objective,
        },
        job_id=job_id,
    )
    if promote:
        await session.execute(
            update(AutoMLModelVersion)
            .where(col(AutoMLModelVersion.deployment_id) == row.id)
            .values(current=False)
        )
        row.artifact = outcome.artifact
        session.add(row)
    session.add(version)
    await session.commit()
    await session.refresh(version)
    return version


async def rollback(session: AsyncSession, row: AutoMLDeployment) -> AutoMLModelVersion:
    """Make the promoted version before the current one current again (the current one is
    marked ``rolled_back``); 409 when there is nothing to roll back to."""
    assert row.id is not None
    await ensure_initial(session, row)
    versions = await versions_of(session, row.id)
    current = next(v for v in versions if v.current)
    earlier = [v for v in versions if v.version < current.version and v.status == "promoted"]
    if not earlier:
        raise Conflict(f"deployment {row.name!r} has no earlier promoted version to roll back to")
    target = earlier[-1]
    current.current, current.status = False, "rolled_back"
    target.current = True
    row.artifact = target.artifact
    session.add_all([current, target, row])
    await session.commit()
    await session.refresh(target)
    return target


async def page_versions(
    session: AsyncSession, deployment_id: int, page: PageRequest
) -> tuple[list[AutoMLModelVersion], str | None]:
    query = select(AutoMLModelVersion).where(col(AutoMLModelVersion.deployment_id) == deployment_id)
    rows = list(
        await session.scalars(
            newest_first(
                query, col(AutoMLModelVersion.created_at), col(AutoMLModelVersion.id), page
            )
        )
    )
    cursor = next_cursor_of(rows, page.limit, lambda v: (v.created_at, v.id or 0))
    return rows[: page.limit], cursor
