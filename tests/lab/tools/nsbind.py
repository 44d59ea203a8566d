#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Bind-mounts a directory of the host into a running lab node (the mount namespace of the node's
PID 1), as an admin would mount an NFS export on a real node:

    nsbind.py HOST_DIR NODE_PID1 PATH_IN_NODE

The lab starts its containers with systemd-nspawn --register=no, so `machinectl bind` is not
there; this clones the host directory as a detached mount (open_tree) and attaches it inside the
node (setns + move_mount, Linux 5.2 and later). PATH_IN_NODE must exist. Undo with
`tests/lab/lab exec NODE umount PATH_IN_NODE`."""
import ctypes
import os
import sys

OPEN_TREE_CLONE, AT_RECURSIVE, AT_FDCWD = 1, 0x8000, -100
MOVE_MOUNT_F_EMPTY_PATH, CLONE_NEWNS = 0x4, 0x00020000
SYS_OPEN_TREE, SYS_MOVE_MOUNT = 428, 429  # x86_64 and arm64 alike


def main(argv):
    if len(argv) != 3 or not argv[1].isdigit():
        print(__doc__, file=sys.stderr)
        return 2
    src, pid, dst = argv[0], int(argv[1]), argv[2]
    libc = ctypes.CDLL(None, use_errno=True)
    tree = libc.syscall(SYS_OPEN_TREE, AT_FDCWD, src.encode(), OPEN_TREE_CLONE | AT_RECURSIVE)
    if tree < 0:
        print("nsbind: open_tree %s: %s" % (src, os.strerror(ctypes.get_errno())), file=sys.stderr)
        return 1
    ns = os.open("/proc/%d/ns/mnt" % pid, os.O_RDONLY)
    if libc.setns(ns, CLONE_NEWNS) != 0:
        print("nsbind: setns into %d: %s" % (pid, os.strerror(ctypes.get_errno())), file=sys.stderr)
        return 1
    if libc.syscall(SYS_MOVE_MOUNT, tree, b"", AT_FDCWD, dst.encode(), MOVE_MOUNT_F_EMPTY_PATH) != 0:
        print("nsbind: move_mount to %s: %s" % (dst, os.strerror(ctypes.get_errno())), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
