# One image for the API, the job workers and one-shot commands (educational use only).
#   API:     docker run -p 8000:8000 -e APP_SECRET_KEY="$(openssl rand -hex 32)" -v kalkan:/app/var kalkan
#   worker:  docker run -e APP_SECRET_KEY=... -e APP_JOB_BACKEND=redis -e APP_REDIS_URL=... kalkan kalkan worker
#   migrate: docker run ... kalkan kalkan migrate
# APP_ENV=prod is the default: the app refuses to start without a strong APP_SECRET_KEY.
FROM python:3.11.14-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    APP_ENV=prod \
    APP_DATABASE_URL=sqlite+aiosqlite:////app/var/kalkan.db \
    APP_MODEL_DIR=/app/var/models \
    APP_NUMBA_CACHE_DIR=/app/var/numba-cache
WORKDIR /app

# Dependencies first, in their own layer: a code change does not reinstall them. CPU-only torch
# keeps the image small; every other pin comes from pyproject.toml.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > /tmp/requirements.txt \
    && pip install --no-cache-dir --index-url https://download.pytorch.org/whl/cpu torch==2.13.0 \
    && pip install --no-cache-dir -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt

# The code, installed in place (alembic.ini and migrations/ are found beside app/).
COPY README.md alembic.ini ./
COPY migrations ./migrations
COPY app ./app
RUN pip install --no-cache-dir --no-deps -e . \
    && useradd --create-home --uid 10001 kalkan \
    && mkdir -p /app/var \
    && chown kalkan /app/var

# Compile the backtest kernels into the numba cache at build time (a throwaway key: nothing is
# signed and no secret file is written), so the first backtest of a new container loads them.
USER 10001
RUN APP_ENV=test APP_SECRET_KEY=build-time-warmup-only kalkan warmup

# The data directory: SQLite file, model files, numba's compiled-kernel cache.
VOLUME ["/app/var"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health/ready', timeout=4)"]
# `kalkan serve` applies the migrations (one replica at a time, under a PostgreSQL advisory
# lock), then runs uvicorn.
CMD ["kalkan", "serve", "--host", "0.0.0.0", "--port", "8000"]
