#!/bin/sh
# A sync on a disk that fills up, then again after space is freed (tst_diskfull).
#
# usage: disk-full-sync.sh tmpfs|fsize WORKDIR CLIFFHANGER FEED_URL
#
# WORKDIR holds base.sqlite (the database before). The results go to WORKDIR: full.exit,
# full.err, full/ (the database after the failed sync), freed.exit, freed.err, freed/.
#
# tmpfs: run inside `unshare -Urm` (a user and mount namespace: no root needed where
#   unprivileged user namespaces are allowed): a real 64 MiB tmpfs, filled with a file until
#   the kernel says ENOSPC, then 4 MiB of it freed; the sync needs about 20. Freeing space is
#   removing the filler.
# fsize: where that is refused: the file size limit (ulimit -f, RLIMIT_FSIZE) of the sync
#   process caps every file it writes at 4 MiB over the database's size, so its writes fail
#   (EFBIG) as on a full disk; freeing space is running without the limit. The closest
#   substitute without a mount; not ENOSPC itself.
set -u
mode=$1 work=$2 bin=$3 url=$4
if [ "$mode" = tmpfs ]; then
    place=$work/mnt
    mkdir -p "$place"
    mount -t tmpfs -o size=64m tmpfs "$place" || exit 90
    cp "$work/base.sqlite" "$place/ledger.sqlite" || exit 91
    cat /dev/zero > "$place/filler" 2>/dev/null
    truncate -s -4M "$place/filler" || exit 92
else
    place=$work/place
    mkdir -p "$place"
    cp "$work/base.sqlite" "$place/ledger.sqlite" || exit 91
fi

snapshot() { # the database as it is now, without SQLite's shared-memory index
    mkdir -p "$work/$1"
    for f in "$place"/ledger.sqlite "$place"/ledger.sqlite-wal; do
        [ -e "$f" ] && cp "$f" "$work/$1/"
    done
}

if [ "$mode" = tmpfs ]; then
    "$bin" --db "$place/ledger.sqlite" sync --feed "$url" > "$work/full.out" 2> "$work/full.err"
    echo $? > "$work/full.exit"
else
    base_kib=$(( $(wc -c < "$work/base.sqlite") / 1024 ))
    # POSIX sh counts ulimit -f in 512-byte blocks; an ignored SIGXFSZ turns the limit into
    # failing writes instead of a killed process.
    (trap '' XFSZ; ulimit -f $(( (base_kib + 4096) * 2 )) &&
         exec "$bin" --db "$place/ledger.sqlite" sync --feed "$url") \
        > "$work/full.out" 2> "$work/full.err"
    echo $? > "$work/full.exit"
fi
snapshot full
[ "$mode" = tmpfs ] && rm "$place/filler"
"$bin" --db "$place/ledger.sqlite" sync --feed "$url" > /dev/null 2> "$work/freed.err"
echo $? > "$work/freed.exit"
snapshot freed
