#!/bin/sh
# Builds www/examples/newsroom-reference.json: the bundled set, plus the strike on Kyiv of
# 17 June 2025 entered with `factcheck reference` from five public reports (their figures, in
# the sources/ beside this script, summarised in our own words; each report's URL below).
# Run from the repository's root: sh www/examples/newsroom-reference.sh
set -eu
SET=www/examples/newsroom-reference.json
SRC=www/examples/sources
factcheck() { cargo run -q --release --bin factcheck -- "$@"; }

cp src/reference/incidents.json "$SET"
factcheck reference new --to "$SET" --id kyiv-2025-06-17 --date 2025-06-17 --city Kyiv \
  --title "Russian missile and drone strike on Kyiv, 17 June 2025" "$SRC/2025-06-17-upi.txt"
add() { factcheck reference add --to "$SET" --incident kyiv-2025-06-17 "$@"; }
add --said-by "Kyiv City Military Administration" --outlet UPI --tier wire \
  --url https://www.upi.com/Top_News/World-News/2025/06/17/Ukraine-deadly-Russian-strikes-hit-kyiv/8821750148437/ \
  --headline "Russian airborne strikes on Kyiv kills 15 people, injures at least 100" \
  --date 2025-06-17 --yes "$SRC/2025-06-17-upi.txt"
add --said-by "Vitali Klitschko" --outlet "Ukrainska Pravda" --tier outlet \
  --url https://www.pravda.com.ua/eng/news/2025/06/17/7517542/ \
  --date 2025-06-17T16:00+03:00 --yes "$SRC/2025-06-17-pravda.txt"
add --said-by "State Emergency Service of Ukraine" --outlet Interfax-Ukraine --tier wire \
  --url https://en.interfax.com.ua/news/general/1081007.html \
  --headline "Emergency Service: Number of victims of Russian attack on Kyiv on June 17 increased to 28" \
  --date 2025-06-18T18:19+03:00 --yes "$SRC/2025-06-18-interfax.txt"
add --said-by "Ihor Klymenko" --outlet RBC-Ukraine --tier outlet \
  --url https://newsukraine.rbc.ua/news/rescue-operation-in-kyiv-ends-officials-confirm-1750267364.html \
  --headline "Rescue operation in Kyiv ends: Officials confirm death toll and survivors" \
  --date 2025-06-18T17:22Z --yes "$SRC/2025-06-18-rbc.txt"
add --said-by "Volodymyr Zelensky" --outlet "Business Standard (AP)" --tier wire \
  --url https://www.business-standard.com/world-news/more-bodies-found-in-kyiv-as-toll-from-latest-russian-attack-climbs-to-28-125061900074_1.html \
  --headline "More bodies found in Kyiv as toll from latest Russian attack climbs to 28" \
  --date 2025-06-19 --yes "$SRC/2025-06-19-ap.txt"
factcheck reference show "$SET" kyiv-2025-06-17
factcheck reference check "$SET"
