# One image for the API and for job workers.
#   API:    docker run -p 8000:8000 -e APP_ENV=prod -e APP_SECRET_KEY=... kalkan
#   worker: docker run -e APP_JOB_BACKEND=redis ... kalkan kalkan worker
FROM python:3.11-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    APP_NUMBA_CACHE_DIR=/app/var/numba-cache APP_DATABASE_URL=sqlite+aiosqlite:////app/var/kalkan.db
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
COPY pyproject.toml README.md alembic.ini ./
COPY app ./app
COPY migrations ./migrations
# CPU-only torch keeps the image small; the rest is pinned in pyproject.toml.
RUN pip install --index-url https://download.pytorch.org/whl/cpu torch==2.13.0 \
    && pip install .
RUN useradd --create-home --uid 10001 kalkan && mkdir -p /app/var && chown -R kalkan /app/var
USER kalkan
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8000/health || exit 1
# `kalkan serve` applies migrations, then runs uvicorn.
CMD ["kalkan", "serve", "--host", "0.0.0.0", "--port", "8000"]
