## interface
