"""Writes hand-labelled items that point into the corpus, for the hand_fr_*_items.py scripts.

Each item is (id, file, start anchor, kind, documentBody, actionLines, requestingBodies); only the reference and the
labels are written, never the corpus text. A paragraph that a page break or a footnote block cuts names the start of
the line where it resumes in `continuations` (id -> anchor).
"""
import json


def write(path, items, continuations=None):
    continuations = continuations or {}
    with open(path, "w", encoding="utf-8") as out:
        for id_, file, start, kind, body, lines, bodies in items:
            source = {"file": file, "start": start}
            if id_ in continuations:
                source["continuation"] = continuations[id_]
            item = {"id": id_, "source": source, "lang": "fr", "kind": kind}
            if body:
                item["documentBody"] = body
            item["actionLines"] = lines
            item["requestingBodies"] = bodies
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(items)} items")
