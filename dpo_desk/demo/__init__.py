"""The built-in demo case files: `sample` (the cases the app opens on) and `bulk` (large files for the bench)."""
