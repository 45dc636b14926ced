"""Attribution ("who says so"): role tagging, rules, linking, source coreference and the sourcing profile.

The `statements` analyzer (`newssift.analyzers.statements`) composes these modules; none of them runs the
encoder or imports torch.
"""
