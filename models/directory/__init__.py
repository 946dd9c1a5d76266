"""Offices, people, partners and partnerships (DOMAIN.md sections 1-2).

The public API: the records (peewee models) and five service modules, used as namespaces:
`partners` and `partnerships` (validation, saving, look-ups, list specs), `settings` (this
installation: home office, user name, device id), `vocab` (controlled vocabularies and labels),
`duplicates` (is this partner already known: same vendor number, similar name); and HQ_OFFICE,
the pseudo-office of headquarters.
"""
from __future__ import annotations

from ..feature import Feature
from . import (checks, demo, duplicates, migrations, partners, partnerships, settings, shapes,
               vocab)
from .entities import MODELS, Office, Partner, Partnership, PartnershipPartner, Person
from .vocab import HQ_OFFICE

__all__ = ["MODELS", "Office", "Partner", "Partnership", "PartnershipPartner", "Person",
           "HQ_OFFICE", "duplicates", "partners", "partnerships", "settings", "vocab",
           "FEATURE"]

FEATURE = Feature("directory", migrations={1: migrations.up, 8: migrations.up_list_indexes},
                  checks=checks.problems, demo=demo.extend, models=tuple(MODELS),
                  shapes=shapes.SHAPES)
