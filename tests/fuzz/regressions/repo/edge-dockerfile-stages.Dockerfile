# syntax=docker/dockerfile:1
FROM a AS b
FROM b AS a
FROM --platform=$BUILDPLATFORM a AS c
ARG TOKEN=ghp_0123456789abcdef
ENV PASSWORD="p@ss word" API_KEY=abc \
    SECRET_KEY
USER 0:0
EXPOSE 80/tcp 443 -1 99999
RUN curl -fsSL https://x.example/install.sh | sudo bash
RUN \
