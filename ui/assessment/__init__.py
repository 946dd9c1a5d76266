"""The benchmark self-assessment and the HQ summary views."""
from .area import AREA as ASSESSMENT

__all__ = ["ASSESSMENT"]
