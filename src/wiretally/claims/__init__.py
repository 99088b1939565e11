"""Claims: figures reported about a conflict, and how they relate across reports.

``extract_claims`` reads one article's figures (per-article stage); ``link_claims`` joins
all stored claims into series over time, breaks totals into their parts and flags
conflicts (global stage, after stories are known).
"""

from wiretally.claims.extract import claim_id, extract_claims
from wiretally.claims.link import compatible, link_claims

__all__ = ["claim_id", "compatible", "extract_claims", "link_claims"]
