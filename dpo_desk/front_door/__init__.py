"""The front door: everything the window, the command line and the self-test can do.

They import this package and the plain data it returns (views, errors), never storage or the
services' internals (`make lint` checks it).
"""
