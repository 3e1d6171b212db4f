"""Recognise what each block of a document is and turn it into typed records."""

from pipeline.document import Document
from schemas import DocumentInfo, Report


def extract_report(doc: Document) -> Report:
    return Report(path=doc.path, format=doc.format, document=DocumentInfo())
