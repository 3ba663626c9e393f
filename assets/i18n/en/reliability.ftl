## reliability
