"""Writes hand-labelled items whose text is written into the set (the English paragraphs), for hand_en*_items.py.

Each item is (id, text, kind, documentBody, section, actionLines, requestingBodies); kind, documentBody and section
are left out when empty.
"""
import json


def write(path, items, lang="en"):
    with open(path, "w", encoding="utf-8") as out:
        for id_, text, kind, body, section, lines, bodies in items:
            item = {"id": id_, "text": text, "lang": lang}
            if kind:
                item["kind"] = kind
            if body:
                item["documentBody"] = body
            if section:
                item["section"] = section
            item["actionLines"] = lines
            item["requestingBodies"] = bodies
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(items)} items -> {path}")
