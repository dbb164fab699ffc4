"""Extractors: plain functions over a model.Document, each returning rows as dicts with offsets."""
