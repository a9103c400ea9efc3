"""Helpers the tests import (constants, builders, pollers); the fixtures stay in the conftest.py files.

A conftest.py is loaded by pytest, not imported by tests: what a test module
needs by name lives here, one module per subject.
"""
