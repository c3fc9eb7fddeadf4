"""The content base: the page bases patient material and section pages are built on.

It sits above the features it composes (medical review, references, writing
checks, role permissions, people) and below the content apps (conditions,
articles), so gutskin.core stays free of both. It is a plain package, not an app:
it holds abstract models only, which have no tables and no migrations.
"""
