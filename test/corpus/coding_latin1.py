# -*- coding: latin-1 -*-
s = "café £ ½"
print(s, len(s), len("é"), ord("é"))
