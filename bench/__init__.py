"""`make bench`: DPO Desk measured at 100,000 cases against raw baselines run on the same machine."""
