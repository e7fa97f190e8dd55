/// Dockerfiles written for the differential test against hadolint: apt, apk, pip, npm, gem,
/// yum/dnf/zypper, multi-stage, heredocs, pragmas, escape directive, malformed files.
enum DifferentialCorpus {
    static let files: [(name: String, text: String)] = [
        ("01-apt.Dockerfile", #"""
FROM debian:12
RUN apt-get update && apt-get install curl
"""#),
        ("02-apt-good.Dockerfile", #"""
FROM debian:12.5
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl=7.88.1-10 ca-certificates=20230311 \
    && rm -rf /var/lib/apt/lists/*
USER 1000
CMD ["curl", "--version"]
"""#),
        ("03-apt-multiline.Dockerfile", #"""
FROM ubuntu:24.04
RUN apt-get update && \
    # tools we need
    apt-get install -y \
      git \
      make && \
    apt-get clean
"""#),
        ("04-apk.Dockerfile", #"""
FROM alpine:3.20
RUN apk add --update curl bash
RUN apk add --no-cache jq=1.7.1-r0
"""#),
        ("05-apk-good.Dockerfile", #"""
FROM alpine:3.20
RUN apk add --no-cache curl=8.9.0-r0 bash=5.2.26-r0
USER nobody
"""#),
        ("06-pip.Dockerfile", #"""
FROM python:3.12-slim
RUN pip install flask requests==2.32.0
RUN pip install --no-cache-dir -r requirements.txt
RUN pip3 install --no-cache-dir django==5.0
"""#),
        ("07-npm.Dockerfile", #"""
FROM node:20
WORKDIR /app
RUN npm install express
RUN npm install --save lodash@4.17.21
RUN npm ci
CMD node server.js
"""#),
        ("08-latest.Dockerfile", #"""
FROM nginx:latest
COPY nginx.conf /etc/nginx/nginx.conf
"""#),
        ("09-untagged.Dockerfile", #"""
FROM ubuntu
RUN echo hello
"""#),
        ("10-multistage.Dockerfile", #"""
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/app ./cmd/app
FROM gcr.io/distroless/static:nonroot
COPY --from=build /out/app /app
COPY --from=builder /x /x
ENTRYPOINT ["/app"]
"""#),
        ("100-malformed-from.Dockerfile", #"""
FROM debian:12 AS
RUN true
"""#),
        ("101-workdir-relative-var.Dockerfile", #"""
FROM debian:12
ENV DIR=/srv
WORKDIR ${DIR}/app
WORKDIR logs
"""#),
        ("102-apt-get-variants.Dockerfile", #"""
FROM debian:12
RUN apt-get update && apt-get -y install --no-install-recommends python3 && apt-get clean && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get upgrade -y && rm -rf /var/lib/apt/lists/*
RUN DEBIAN_FRONTEND=noninteractive apt-get install -yq --no-install-recommends tzdata=2024a
"""#),
        ("11-copy-from-self.Dockerfile", #"""
FROM debian:12 AS base
COPY --from=base /etc/hosts /tmp/hosts
FROM debian:12 AS base
RUN true
"""#),
        ("12-cd-sudo.Dockerfile", #"""
FROM debian:12
RUN cd /tmp && make
RUN sudo apt-get install -y foo=1
"""#),
        ("13-workdir.Dockerfile", #"""
FROM debian:12
WORKDIR usr/src/app
WORKDIR /opt
WORKDIR $HOME
"""#),
        ("14-expose.Dockerfile", #"""
FROM debian:12
EXPOSE 80 443/tcp 70000 8000-8010
"""#),
        ("15-healthcheck.Dockerfile", #"""
FROM debian:12
HEALTHCHECK CMD curl -f http://localhost/ || exit 1
HEALTHCHECK --interval=30s CMD ["true"]
"""#),
        ("16-cmd-shell.Dockerfile", #"""
FROM debian:12
CMD echo hello
CMD ["echo", "again"]
ENTRYPOINT /bin/run.sh
ENTRYPOINT ["/bin/run.sh"]
"""#),
        ("17-maintainer.Dockerfile", #"""
FROM debian:12
MAINTAINER someone@example.com
"""#),
        ("18-add.Dockerfile", #"""
FROM debian:12
ADD app.tar.gz /opt/
ADD config.json /etc/app/
ADD https://example.com/file.txt /tmp/
"""#),
        ("19-copy-many.Dockerfile", #"""
FROM debian:12
COPY a b /dest
COPY a b /dest/
"""#),
        ("20-apt-tool.Dockerfile", #"""
FROM debian:12
RUN apt update && apt install -y vim
"""#),
        ("21-gem.Dockerfile", #"""
FROM ruby:3.3
RUN gem install rails
RUN gem install bundler:2.5.0
RUN gem install puma -v 6.4.0
"""#),
        ("22-platform.Dockerfile", #"""
FROM --platform=linux/amd64 debian:12
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
RUN true
"""#),
        ("23-yum.Dockerfile", #"""
FROM centos:7
RUN yum install httpd
RUN yum install -y httpd-2.4.6 && yum clean all
"""#),
        ("24-dnf.Dockerfile", #"""
FROM fedora:40
RUN dnf install nginx
RUN dnf install -y nginx-1.24.0 && dnf clean all
"""#),
        ("25-zypper.Dockerfile", #"""
FROM opensuse/leap:15.6
RUN zypper install nginx
RUN zypper dist-upgrade
RUN zypper install -y nginx=1.21 && zypper clean
"""#),
        ("26-pipe.Dockerfile", #"""
FROM debian:12
RUN curl -sSL https://example.com/install.sh | sh
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -sSL https://example.com/install.sh | bash
"""#),
        ("27-wget-curl.Dockerfile", #"""
FROM debian:12
RUN wget https://example.com/a.tar.gz
RUN curl -o b.tar.gz https://example.com/b.tar.gz
"""#),
        ("28-user-root.Dockerfile", #"""
FROM debian:12
USER root
RUN whoami
"""#),
        ("29-user-root-stage.Dockerfile", #"""
FROM debian:12 AS build
USER root
FROM debian:12
USER 1000
"""#),
        ("30-env-self.Dockerfile", #"""
FROM debian:12
ENV A=1 B=$A
ENV C=2
ENV D=$C
"""#),
        ("31-copy-relative.Dockerfile", #"""
FROM debian:12
COPY app.conf conf/
WORKDIR /srv
COPY app.conf conf/
"""#),
        ("32-useradd.Dockerfile", #"""
FROM debian:12
RUN useradd -u 123456789 app
RUN useradd -l -u 123456789 app2
"""#),
        ("33-wget-quiet.Dockerfile", #"""
FROM debian:12
RUN wget https://example.com/x
RUN wget -q https://example.com/y
RUN wget --progress=dot:giga https://example.com/z
"""#),
        ("34-labels.Dockerfile", #"""
FROM debian:12
LABEL org.opencontainers.image.title="demo" com.docker.foo=bar -bad=1
"""#),
        ("35-consecutive-run.Dockerfile", #"""
FROM debian:12
RUN echo one
RUN echo two
# comment between
RUN echo three
"""#),
        ("36-yarn.Dockerfile", #"""
FROM node:20
RUN yarn install
RUN yarn install && yarn cache clean
"""#),
        ("37-order.Dockerfile", #"""
ARG VERSION=12
RUN echo bad
FROM debian:${VERSION}
"""#),
        ("38-go.Dockerfile", #"""
FROM golang:1.22
RUN go install example.com/tool
RUN go install example.com/tool@v1.2.3
"""#),
        ("39-secrets.Dockerfile", #"""
FROM debian:12
ARG GITHUB_TOKEN
ENV DB_PASSWORD=secret
RUN echo "$GITHUB_TOKEN" > /dev/null
"""#),
        ("40-copy-root.Dockerfile", #"""
FROM debian:12 AS a
RUN true
FROM debian:12
COPY --from=a / /
"""#),
        ("41-heredoc.Dockerfile", #"""
FROM debian:12
RUN <<EOF
apt-get update
apt-get install -y --no-install-recommends curl=7.88.1-10
rm -rf /var/lib/apt/lists/*
EOF
COPY <<CONF /etc/app.conf
key=value
CONF
"""#),
        ("42-heredoc-multi.Dockerfile", #"""
FROM debian:12
RUN <<ONE cat > /a && <<TWO cat > /b
first
ONE
second
TWO
"""#),
        ("43-pragma.Dockerfile", #"""
FROM debian:12
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y wget && rm -rf /var/lib/apt/lists/*
"""#),
        ("44-global-pragma.Dockerfile", #"""
# hadolint global ignore=DL3006,DL3059
FROM ubuntu
RUN echo a
RUN echo b
"""#),
        ("45-escape.Dockerfile", #"""
# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command"]
RUN Get-ChildItem `
    C:\ | Select-Object Name
WORKDIR C:\app
"""#),
        ("46-onbuild.Dockerfile", #"""
FROM debian:12
ONBUILD RUN apt-get install -y curl
ONBUILD ONBUILD RUN true
"""#),
        ("47-malformed.Dockerfile", #"""
FROM debian:12
RUN echo hi
FOO bar
"""#),
        ("48-malformed-copy.Dockerfile", #"""
FROM debian:12
COPY onlyone
"""#),
        ("49-arg-from.Dockerfile", #"""
ARG BASE=debian:12
FROM ${BASE}
RUN echo ok
"""#),
        ("50-copy-from-arg.Dockerfile", #"""
ARG SRC=build
FROM debian:12 AS build
RUN true
FROM debian:12
ARG SRC
COPY --from=${SRC} /a /a
"""#),
        ("51-ln-sh.Dockerfile", #"""
FROM debian:12
RUN ln -sf /bin/bash /bin/sh
"""#),
        ("52-pip-python-m.Dockerfile", #"""
FROM python:3.12
RUN python -m pip install flask
ENV PIP_NO_CACHE_DIR=1
RUN pip install flask==3.0.0
"""#),
        ("53-cache-mount.Dockerfile", #"""
FROM debian:12
RUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked \
    apt-get update && apt-get install -y --no-install-recommends git=1:2.39.2-1.1
RUN --mount=target=/var/cache/apk,type=cache apk add curl=8.0
"""#),
        ("54-shell-sc.Dockerfile", #"""
FROM debian:12
RUN echo $HOME && \
    for f in $(ls /etc); do echo $f; done
RUN [ -f /etc/os-release ] && cat /etc/os-release
"""#),
        ("55-stopsignal-volume.Dockerfile", #"""
FROM debian:12
STOPSIGNAL SIGTERM
VOLUME ["/data"]
VOLUME /logs /cache
ARG A B=2
LABEL version="1.0" description="multi \
line"
"""#),
        ("56-dl3009-build-stage.Dockerfile", #"""
FROM debian:12 AS deps
RUN apt-get update && apt-get install -y --no-install-recommends gcc=4:12.2.0-3
FROM deps
RUN echo built
"""#),
        ("57-case.Dockerfile", #"""
from debian:12
run apt-get install -y --no-install-recommends curl
Copy a /a
"""#),
        ("58-env-legacy.Dockerfile", #"""
FROM debian:12
ENV PATH /usr/local/bin:$PATH
ENV LANG=C.UTF-8 LC_ALL=C.UTF-8
"""#),
        ("59-user-name.Dockerfile", #"""
FROM debian:12
RUN useradd app
USER app:app
"""#),
        ("60-scratch.Dockerfile", #"""
FROM scratch
COPY app /app
ENTRYPOINT ["/app"]
"""#),
        ("61-digest.Dockerfile", #"""
FROM debian@sha256:0000000000000000000000000000000000000000000000000000000000000000
FROM nginx:latest@sha256:0000000000000000000000000000000000000000000000000000000000000000
"""#),
        ("62-tar.Dockerfile", #"""
FROM debian:12
COPY app.tar.gz /tmp/
RUN tar -xzf /tmp/app.tar.gz -C /opt
"""#),
        ("63-run-exec.Dockerfile", #"""
FROM debian:12
RUN ["apt-get", "install", "curl"]
RUN ["/bin/sh", "-c", "cd /tmp && ls"]
"""#),
        ("64-heredoc-continuation.Dockerfile", #"""
FROM debian:12
RUN set -e; \
    cat <<EOF > /etc/motd
welcome
EOF
"""#),
        ("65-zypper-noninteractive.Dockerfile", #"""
FROM opensuse/leap:15.6
RUN zypper --non-interactive install nginx=1.21 && zypper clean -a
"""#),
        ("66-heredoc-bash-pipefail.Dockerfile", #"""
FROM debian:12
RUN <<EOF
#!/bin/bash
set -euo pipefail
curl -fsSL https://example.com | tar -xz
EOF
"""#),
        ("67-pwsh.Dockerfile", #"""
FROM mcr.microsoft.com/powershell:lts-7.4-debian-12
SHELL ["pwsh", "-Command"]
RUN Get-Process | Where-Object { $_.CPU -gt 1 }
RUN echo $env:PATH
"""#),
        ("68-heredoc-python.Dockerfile", #"""
FROM python:3.12
RUN python3 <<EOF
import sys
print(sys.version)
EOF
"""#),
        ("69-misc-good.Dockerfile", #"""
# syntax=docker/dockerfile:1
FROM debian:12-slim AS base
ARG DEBIAN_FRONTEND=noninteractive
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini=0.19.0-1 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --chown=1000:1000 --chmod=755 entrypoint.sh /usr/local/bin/entrypoint.sh
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["/usr/local/bin/entrypoint.sh", "health"]
USER 1000:1000
ENTRYPOINT ["tini", "--", "/usr/local/bin/entrypoint.sh"]
CMD ["serve"]
"""#),
        ("70-sc-multiline.Dockerfile", #"""
FROM debian:12
RUN set -e \
 && NAME=world \
 && echo hello $NAME \
 && cp $NAME /tmp
"""#),
        ("71-onbuild-apt.Dockerfile", #"""
FROM debian:12
ONBUILD RUN apt-get update && apt-get install curl
ONBUILD RUN cd /app
"""#),
        ("72-apt-no-update.Dockerfile", #"""
FROM debian:12
RUN apt-get install -y --no-install-recommends curl=1 && rm -rf /var/lib/apt/lists/*
RUN apt-get update
"""#),
        ("73-stage-chain-workdir.Dockerfile", #"""
FROM debian:12 AS base
WORKDIR /srv
FROM base AS app
COPY a.conf conf/
FROM debian:12
COPY b.conf conf/
"""#),
        ("74-pip-variants.Dockerfile", #"""
FROM python:3.12
RUN pip install --no-cache-dir --upgrade pip
RUN pip install --no-cache-dir "requests>=2.31" 'flask==3.*'
RUN pip install --no-cache-dir -e .
RUN pip install --no-cache-dir git+https://github.com/x/y.git
RUN pip3 install --user --no-cache-dir black==24.1.0 isort
"""#),
        ("75-npm-variants.Dockerfile", #"""
FROM node:20
RUN npm install -g npm@10.5.0 typescript
RUN npm install --production
RUN npm i @types/node@20.11.0
RUN npm install git+https://github.com/x/y.git
"""#),
        ("76-apk-variants.Dockerfile", #"""
FROM alpine:3.20
RUN apk add --no-cache --virtual .build-deps gcc=13.2.1 musl-dev
RUN apk --no-cache add curl
RUN apk update && apk upgrade
"""#),
        ("77-curl-pipe-bash.Dockerfile", #"""
FROM debian:12
SHELL ["/bin/sh", "-c"]
RUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
"""#),
        ("78-multi-cmd.Dockerfile", #"""
FROM debian:12 AS a
CMD ["a"]
FROM debian:12
CMD ["b"]
ENTRYPOINT ["x"]
CMD ["c"]
"""#),
        ("79-labels-ok.Dockerfile", #"""
FROM debian:12
LABEL org.opencontainers.image.source="https://github.com/x/y" \
      org.opencontainers.image.version="1.0.0" \
      maintainer="me@example.com"
"""#),
        ("80-env-chain.Dockerfile", #"""
FROM debian:12
ENV APP_HOME=/app APP_BIN=${APP_HOME}/bin
ENV PATH=$APP_BIN:$PATH
"""#),
        ("81-sudo-cd-nested.Dockerfile", #"""
FROM debian:12
RUN if [ -d /x ]; then cd /x && make; fi
RUN for d in a b; do (cd $d && make); done
"""#),
        ("82-gem-update.Dockerfile", #"""
FROM ruby:3.3
RUN gem update --system
RUN gem install bundler -v 2.5.0 && bundle install
"""#),
        ("83-useradd-variants.Dockerfile", #"""
FROM debian:12
RUN groupadd -g 1000 app && useradd --uid 1000000 -g app app
RUN useradd -lu 1000000 app3
"""#),
        ("84-expose-var.Dockerfile", #"""
FROM debian:12
ARG PORT=8080
EXPOSE $PORT 9090/udp
"""#),
        ("85-add-remote-archive.Dockerfile", #"""
FROM debian:12
ADD https://example.com/app.tar.gz /opt/
ADD --chown=1:1 local.tar.xz /opt/
ADD dir1 dir2 /opt/
"""#),
        ("86-copy-from-index.Dockerfile", #"""
FROM debian:12
RUN true
FROM debian:12
COPY --from=0 /etc/hosts /tmp/
COPY --from=5 /etc/hosts /tmp/
COPY --from=nginx:1.27 /etc/nginx /etc/nginx
"""#),
        ("87-healthcheck-none.Dockerfile", #"""
FROM debian:12
HEALTHCHECK NONE
CMD ["sleep", "infinity"]
"""#),
        ("88-yum-variants.Dockerfile", #"""
FROM rockylinux:9
RUN yum -y install epel-release && yum clean all
RUN yum install -y python3-pip-21.2.3 && rm -rf /var/cache/yum
RUN yum update -y
"""#),
        ("89-dnf-variants.Dockerfile", #"""
FROM fedora:40
RUN microdnf install -y nginx && microdnf clean all
RUN dnf -y install git-2.44.0 && dnf clean all
"""#),
        ("90-wget-o.Dockerfile", #"""
FROM debian:12
RUN wget -O /tmp/x https://example.com/x
RUN wget --quiet https://example.com/y
"""#),
        ("91-run-heredoc-bash.Dockerfile", #"""
FROM debian:12
RUN <<EOF bash
set -e
echo $HOME
EOF
"""#),
        ("92-arg-before-from-used.Dockerfile", #"""
ARG ALPINE_VERSION=3.20
FROM alpine:${ALPINE_VERSION} AS base
FROM base
RUN echo ok
"""#),
        ("93-sc-quoting.Dockerfile", #"""
FROM debian:12
ARG VERSION=1.0
RUN echo "version ${VERSION}" && \
    ls -la | grep foo && \
    echo `date`
"""#),
        ("94-latest-platform.Dockerfile", #"""
FROM --platform=linux/arm64 alpine:latest AS a
FROM --platform=$TARGETPLATFORM alpine:3.20
COPY --from=a /etc/alpine-release /
"""#),
        ("95-zypper-variants.Dockerfile", #"""
FROM opensuse/tumbleweed
RUN zypper -n install git && zypper clean
RUN zypper refresh && zypper -n up
"""#),
        ("96-shell-bash-pipe.Dockerfile", #"""
FROM debian:12
SHELL ["/bin/bash", "-eo", "pipefail", "-c"]
RUN curl -s https://x | grep y
FROM debian:12
RUN curl -s https://x | grep y
"""#),
        ("97-secret-arg.Dockerfile", #"""
FROM node:20
ARG NPM_TOKEN
ARG API_KEY=abc
RUN npm config set //registry.npmjs.org/:_authToken ${NPM_TOKEN} && npm ci
"""#),
        ("98-copy-chmod.Dockerfile", #"""
FROM debian:12
COPY --chmod=755 --chown=app:app entrypoint.sh /usr/local/bin/
ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
USER app
"""#),
        ("99-go-get.Dockerfile", #"""
FROM golang:1.22
RUN go get github.com/x/y
RUN go install ./cmd/...
RUN go mod download
"""#),
    ]

    /// A `.hadolint.yaml` for `configuredFiles`: label schema, trusted registries, overrides.
    static let configuration = #"""
# labels every image must carry
label-schema:
  author: email
  url: url
  created: rfc3339
  license: spdx
  revision: hash
  version: semver
  title: text
strict-labels: true
trustedRegistries:
  - docker.io
  - registry.example.com
override:
  warning:
    - DL3059
  style:
    - DL3008
ignored:
  - DL3006
"""#

    /// Files checked with `configuration`.
    static let configuredFiles: [(name: String, text: String)] = [
        ("c01-good.Dockerfile", #"""
FROM debian:12
LABEL author="me@example.com" url="https://example.com" created="2024-01-31T12:00:00Z" \
      license="MIT" revision="0123456789abcdef0123456789abcdef01234567" version="1.2.3" title="demo"
"""#),
        ("c02-bad-values.Dockerfile", #"""
FROM debian:12
LABEL author="nobody" url="example" created="yesterday" license="Nope" revision="xyz" version="1.0" title=""
"""#),
        ("c03-missing.Dockerfile", #"""
FROM debian:12
LABEL title="demo" extra="1"
"""#),
        ("c04-registries.Dockerfile", #"""
FROM registry.example.com/base:1
FROM quay.io/org/app:1
FROM ubuntu
RUN apt-get update && apt-get install -y curl
RUN echo a
RUN echo b
"""#),
        ("c05-multistage.Dockerfile", #"""
FROM debian:12 AS build
LABEL title="b"
FROM build
LABEL author="me@example.com" license="Apache-2.0"
"""#),
    ]
}
