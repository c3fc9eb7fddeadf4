"""Compute a page's related material once, however many places show it."""

import functools

MEMO_ATTRIBUTE = "_memoised"


def memoised(method):
    """A method without arguments whose result the instance keeps.

    A page served to a reader is a fresh instance for that one request, so the
    template and the JSON-LD share one result (and, for a queryset, one query).
    `forget_memoised` drops what an instance kept, for when it is saved or
    reloaded.
    """

    @functools.wraps(method)
    def wrapper(self):
        kept = self.__dict__.setdefault(MEMO_ATTRIBUTE, {})
        if method.__name__ not in kept:
            kept[method.__name__] = method(self)
        return kept[method.__name__]

    return wrapper


def forget_memoised(instance):
    instance.__dict__.pop(MEMO_ATTRIBUTE, None)
