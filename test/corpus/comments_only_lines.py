#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Module docstring."""

# comment
x = 1  # trailing comment
#
print(x)  # another
    # indented comment line
print("café", "日本")
