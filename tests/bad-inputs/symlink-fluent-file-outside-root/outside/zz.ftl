zz-leak = outside
