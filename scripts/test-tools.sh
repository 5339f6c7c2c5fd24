#!/usr/bin/env bash
# Installs the programs the tests check outputs with, when missing (idempotent; `npm test` runs it
# first as `pretest`): Chromium for the HTML and site pages, qpdf and poppler for PDFs, rsvg for
# SVG, LibreOffice (Impress and Calc, without recommends) for pptx and xlsx. Debian's packages.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need+=(chromium)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v rsvg-convert >/dev/null 2>&1 || need+=(librsvg2-bin)
# LibreOffice without its recommends (no Java, no GUI extras): about 100 MB, 13 s to install here.
lean=()
command -v libreoffice >/dev/null 2>&1 || lean+=(libreoffice-impress libreoffice-calc)

if [ "${#need[@]}" -eq 0 ] && [ "${#lean[@]}" -eq 0 ]; then exit 0; fi
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
echo "installing the tests' tools: ${need[*]} ${lean[*]}" >&2
"${sudo_cmd[@]}" apt-get update -qq
if [ "${#need[@]}" -gt 0 ]; then "${sudo_cmd[@]}" apt-get install -y -qq "${need[@]}" >/dev/null; fi
if [ "${#lean[@]}" -gt 0 ]; then "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${lean[@]}" >/dev/null; fi
