# One image for the six services (SERVICE picks which one runs). glibc (Debian) base: the
# EventStoreDB gRPC client and prebuilt SWC binaries are not happy on musl.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json .swcrc ./
COPY scripts ./scripts
COPY libs ./libs
COPY services ./services
COPY bench ./bench
RUN node scripts/build.mjs

FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
RUN mkdir -p /app/.data/auth && chown -R node:node /app/.data
USER node
ARG SERVICE=client-intake
ENV SERVICE=${SERVICE}
EXPOSE 3001 3002 3003 3004 3005 3006
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["sh", "-c", "exec node --enable-source-maps dist/services/${SERVICE}/src/main.js"]
