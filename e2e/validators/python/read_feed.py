"""Parses an Atom feed with feedparser and prints what a feed reader gets from it, as JSON.

Usage: read_feed.py FILE.
"""
import json
import sys

import feedparser

with open(sys.argv[1], "rb") as handle:
    parsed = feedparser.parse(handle.read())
feed = parsed.feed


def detail_type(detail):
    return detail.get("type") if detail else None


print(
    json.dumps(
        {
            "bozo": bool(parsed.bozo),
            "bozoException": str(parsed.get("bozo_exception", "")),
            "version": parsed.version,
            "feed": {
                "id": feed.get("id"),
                "title": feed.get("title"),
                "updated": feed.get("updated"),
                "author": feed.get("author"),
                "links": [{"rel": link.get("rel"), "href": link.get("href")} for link in feed.get("links", [])],
            },
            "entries": [
                {
                    "id": entry.get("id"),
                    "title": entry.get("title"),
                    "titleType": detail_type(entry.get("title_detail")),
                    "link": entry.get("link"),
                    "updated": entry.get("updated"),
                    "published": entry.get("published"),
                    "summary": entry.get("summary"),
                    "summaryType": detail_type(entry.get("summary_detail")),
                    "author": entry.get("author"),
                }
                for entry in parsed.entries
            ],
        },
        ensure_ascii=False,
    )
)
