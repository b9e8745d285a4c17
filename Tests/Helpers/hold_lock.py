#!/usr/bin/env python3
"""Test-only: holds an export's lock the way a running export does (flock on
Exports/.tally/lock), writes READY_FILE once it holds it, and keeps it until
killed. Usage: hold_lock.py LOCK_PATH READY_FILE"""
import fcntl
import os
import sys
import time

lock_path, ready = sys.argv[1], sys.argv[2]
os.makedirs(os.path.dirname(lock_path), exist_ok=True)
fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
fcntl.flock(fd, fcntl.LOCK_EX)
with open(ready, "w") as f:
    f.write(str(os.getpid()))
while True:
    time.sleep(3600)
