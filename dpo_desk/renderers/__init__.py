"""The renderers: letters, access reports, dossiers, envelopes, the activity report and extract tables.

Plain data in, PDF bytes out (ReportLab); no database, no Qt. The use cases call them.
"""
