# syntax=docker/dockerfile:1
# One image for both processes of the service:
#   API      node dist/api/server.js   (the default command)
#   worker   node dist/worker.js       (its healthcheck: node dist/scripts/worker-healthcheck.js)
#   migrate  node dist/scripts/migrate.js  (as the database's owner role)
# Debian (glibc), not Alpine: @temporalio/core-bridge ships prebuilt native binaries for
# linux x64/arm64 glibc only. Node 24 is the current LTS; the code also runs on Node 20 (CI).

ARG NODE_IMAGE=node:24-bookworm-slim

# --- build: every dependency (typescript is a devDependency), then tsc -> dist/ ---------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# npm install, not npm ci: this project's npm writes lock files without other platforms'
# optional packages, which npm ci refuses; install still keeps the locked versions.
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build

# --- deps: production dependencies only (pdfkit's font data, Temporal's native bridge, and the
# webpack the worker uses to bundle the workflow code at start) ------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force

# --- runtime -----------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
# The build recorded on every case (verification by replay): the image has no .git to ask.
ARG BUILD_ID=unknown
ENV BUILD_ID=${BUILD_ID} \
    NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
# Files stay owned by root: the service only reads them.
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json ./
COPY --from=build /app/dist ./dist
# db/migrate.ts reads join(__dirname, '..', 'migrations'): from dist/db/migrate.js that is dist/migrations.
COPY migrations ./dist/migrations
# documents/pdf.ts reads the regions' lambang from join(__dirname, 'lambang'): dist/documents/lambang.
COPY documents/lambang ./dist/documents/lambang
# The web app (/app) reads its templates and stylesheet beside its code: dist/web/views, dist/web/aset.
COPY web/views ./dist/web/views
COPY web/aset ./dist/web/aset
USER node
EXPOSE 3000
CMD ["node", "dist/api/server.js"]
