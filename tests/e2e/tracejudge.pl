#!/usr/bin/perl
# Judges a system-call trace of Vigil (strace -ff -yy, one file per process) for
# the privacy test: every connection and every datagram must stay on the
# machine, and every file written must be in Vigil's own folders.
#
#   tracejudge.pl HOME CONFIG_HOME DATA_HOME CACHE_HOME TRACE_FILE...
#
# Prints what it counted and, on standard error, each offending line with its
# process id; exits 1 when there is one.
use strict;
use warnings;

my ($home, $configHome, $dataHome, $cacheHome, @files) = @ARGV;
die "usage: tracejudge.pl HOME CONFIG_HOME DATA_HOME CACHE_HOME TRACE_FILE...\n" unless @files;

# Vigil's folders, as QStandardPaths places them for organisation "Vigil" and
# application "Vigil" (see UserDataCleaner): the settings file with its lock and
# temporary files, the data folder (the user database) and the cache folder (the
# GL driver's shader cache).
my @vigilFolders = ("$configHome/Vigil", "$dataHome/Vigil/Vigil", "$cacheHome/Vigil/Vigil");
# Making those needs their parents: the XDG base folders and Vigil's folder in
# each. Only made (mkdir), never written into.
my %parents;
for my $folder (@vigilFolders) {
    my $p = $folder;
    while (($p =~ s{/[^/]+$}{}) && length($p) > length($home)) {
        $parents{$p} = 1;
    }
}

# Outside the home folder, only what the system itself provides for a running
# program, none of which keeps anything once the program ends:
my @systemAllowed = (
    # the bit bucket
    qr{^/dev/null$},
    # Chromium's memory shared between its processes, on a RAM-backed file system;
    # each file is removed as soon as it is mapped (checked below)
    qr{^/dev/shm/\.org\.chromium\.Chromium\.[^/]+$},
    # Chromium ranks its renderers for the kernel's out-of-memory killer: a
    # setting of its own processes, held by the kernel, not a file
    qr{^/proc/(self|\d+)/oom_score_adj$},
    # GPU device nodes: a graphics driver talks to the GPU through them
    qr{^/dev/dri/(card|renderD)\d+$},
);

my (%count, @problems, %written, %shmMade, %shmRemoved);
my $sawChdir = 0;

sub problem { my ($file, $line, $why) = @_; my ($pid) = $file =~ /(\d+)$/; push @problems, "[$pid] $why: $line"; }

sub normalise {
    my ($path) = @_;
    my @out;
    for my $part (split m{/}, $path) {
        next if $part eq '' || $part eq '.';
        if ($part eq '..') { pop @out; next; }
        push @out, $part;
    }
    return '/' . join('/', @out);
}

# A path argument: absolute, or relative to the directory its file descriptor
# names (strace -y prints it), or for the calls without one, to the working
# directory, which is where the program was started unless it changed it.
sub resolve {
    my ($dirfd, $path, $cwd) = @_;
    return normalise($path) if $path =~ m{^/};
    if (defined $dirfd) {
        return normalise("$1/$path") if $dirfd =~ /<(\/[^<>]*)>/;
        return undef;
    }
    return $sawChdir ? undef : normalise("$cwd/$path");
}

sub inVigilFolders {
    my ($path) = @_;
    for my $f (@vigilFolders) { return 1 if $path eq $f || index($path, "$f/") == 0; }
    return 0;
}

sub systemAllowed {
    my ($path) = @_;
    for my $re (@systemAllowed) { return 1 if $path =~ $re; }
    return 0;
}

sub judgeWrite {
    my ($file, $line, $path, $what) = @_;
    if (!defined $path) { problem($file, $line, "$what where the trace cannot tell"); return; }
    $path =~ s{/#\d+$}{};   # an unnamed file (O_TMPFILE) in that folder
    ++$count{$what} unless $what eq 'file renamed';   # counted once per call
    if (inVigilFolders($path)) { $written{$path} = 1 if $what eq 'file written'; return; }
    return if $what eq 'folder made' && $parents{$path};
    if (systemAllowed($path)) {
        $shmMade{$path} = 1 if $path =~ m{^/dev/shm/} && $what eq 'file written';
        $shmRemoved{$path} = 1 if $path =~ m{^/dev/shm/} && $what eq 'file removed';
        ++$count{'system paths'};
        return;
    }
    problem($file, $line, "$what outside Vigil's folders ($path)");
}

my $startCwd = $ENV{TRACE_CWD} // '/';
for my $file (@files) {
    # What each descriptor is, from the lines where strace could name it: when a
    # process is busy exiting, strace may print a descriptor without its kind.
    my %fdKind;
    open(my $scan, '<', $file) or die "$file: $!\n";
    while (my $line = <$scan>) {
        # Kinds come capitalised for sockets (UNIX, NETLINK, TCP) and in lower case
        # for others (pipe, anon_inode): compared in upper case.
        while ($line =~ /\b(\d+)<([A-Za-z0-9_]+)(?:-[A-Za-z]+)?:\[/g) { $fdKind{$1} = uc $2; }
    }
    close $scan;
    open(my $in, '<', $file) or die "$file: $!\n";
    ++$count{processes};
    while (my $line = <$in>) {
        chomp $line;
        next if $line =~ /^(---|\+\+\+)/;   # signals and exits
        my ($call, $args) = $line =~ /^(\w+)\((.*)$/ or next;
        ++$count{'system calls'};
        # The result, with the path strace gives for a returned descriptor.
        my ($result) = $line =~ /\)\s+=\s+(-?\d+|\?)/;
        my $ok = defined $result && $result ne '?' && $result >= 0;
        my $unfinished = $line =~ /<unfinished \.\.\.>/;

        if ($call eq 'chdir' || $call eq 'fchdir') {
            $sawChdir = 1 if $ok || $unfinished;
            next;
        }
        if ($call eq 'connect') {
            my ($family) = $args =~ /sa_family=(AF_\w+)/;
            if (defined $family && $family eq 'AF_UNIX') { ++$count{'local connections'}; next; }
            problem($file, $line, 'connection that is not local (' . ($family // 'no address') . ')');
            next;
        }
        if ($call eq 'bind') {
            # A listening socket could answer the network: only local ones.
            my ($family) = $args =~ /sa_family=(AF_\w+)/;
            if (defined $family && ($family eq 'AF_UNIX' || $family eq 'AF_NETLINK')) { next; }
            problem($file, $line, 'socket bound to an address that is not local (' . ($family // 'no address') . ')');
            next;
        }
        if ($call =~ /^send(to|msg|mmsg)$/) {
            my ($fd, $kind) = $args =~ /^(\d+)(?:<([A-Za-z0-9_]+)(?:-[A-Za-z]+)?:\[)?/;
            my ($family) = $args =~ /sa_family=(AF_\w+)/;
            $kind = defined $kind ? uc $kind : ($fdKind{$fd // -1} // '');
            # No address given: the data goes to the socket's peer, which only
            # connect() (checked above, in every process), socketpair() or a listening
            # socket (bind, checked above) can have set up: all local.
            # sendto names it in its fifth argument, sendmsg and sendmmsg in msg_name.
            my $noAddress = !defined $family
                && ($args =~ /^\d+(?:<[^>]*>)?,\s*\S+,\s*\d+,\s*[^,]+,\s*NULL,\s*0/ || $args =~ /\bmsg_name=NULL\b/);
            if ((!defined $family || $family eq 'AF_UNIX') && $kind eq 'UNIX') {
                ++$count{'sends on local sockets'};
            } elsif ($kind eq 'PIPE' && !defined $family) {
                # A pipe joins two processes of this machine and has no address at all.
                ++$count{'sends on local sockets'};
            } elsif ($kind eq '' && $noAddress) {
                ++$count{'sends on local sockets'};
                ++$count{'of them on a descriptor strace could not name, without an address'};
            } elsif ($kind eq 'NETLINK' && (!defined $family || ($family eq 'AF_NETLINK' && $args =~ /nl_pid=0\b/))) {
                # Asking the kernel about network interfaces (Chromium watches for
                # changes): a message to the kernel that never leaves the machine.
                ++$count{'messages to the kernel'};
            } else {
                problem($file, $line, 'data sent that may leave the machine');
            }
            next;
        }
        next unless $ok || $unfinished;   # what failed wrote nothing

        if ($call =~ /^(open|openat|openat2|creat)$/) {
            next unless $call eq 'creat' || $args =~ /\b(O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND|O_TMPFILE)\b/;
            my $path;
            if ($line =~ /=\s+\d+<(\/.*)>(\(deleted\))?$/) {
                ($path = $1) =~ s/<(char|block) [^<>]*>$//;   # a device: its numbers
                $path = normalise($path);
            } elsif ($call eq 'openat' || $call eq 'openat2') {
                my ($dirfd, $p) = $args =~ /^([^,]*), "((?:[^"\\]|\\.)*)"/;
                $path = resolve($dirfd, $p, $startCwd) if defined $p;
            } else {
                my ($p) = $args =~ /^"((?:[^"\\]|\\.)*)"/;
                $path = resolve(undef, $p, $startCwd) if defined $p;
            }
            judgeWrite($file, $line, $path, 'file written');
        } elsif ($call =~ /^(mkdir|mkdirat|unlink|unlinkat|rmdir)$/) {
            my ($dirfd, $p) = $call =~ /at$/ ? $args =~ /^([^,]*), "((?:[^"\\]|\\.)*)"/ : (undef, $args =~ /^"((?:[^"\\]|\\.)*)"/);
            my $what = $call =~ /^mkdir/ ? 'folder made' : 'file removed';
            judgeWrite($file, $line, defined $p ? resolve($dirfd, $p, $startCwd) : undef, $what);
        } elsif ($call =~ /^(rename|renameat|renameat2|link|linkat|symlink|symlinkat)$/) {
            # Both names of a rename change the file system; a link adds its new name.
            my @paths;
            if ($call =~ /at2?$/) {
                my @pairs = $args =~ /((?:AT_FDCWD|\d+)(?:<[^<>]*>)?), "((?:[^"\\]|\\.)*)"/g;
                if ($call eq 'symlinkat') {
                    my ($target, $dirfd, $p) = $args =~ /^"((?:[^"\\]|\\.)*)", ([^,]*), "((?:[^"\\]|\\.)*)"/;
                    @paths = (resolve($dirfd, $p, $startCwd));
                } else {
                    @paths = map { resolve($pairs[2 * $_], $pairs[2 * $_ + 1], $startCwd) } 0 .. $#pairs / 2;
                    shift @paths if $call eq 'linkat';
                }
            } else {
                my @names = $args =~ /"((?:[^"\\]|\\.)*)"/g;
                @paths = map { resolve(undef, $_, $startCwd) } @names;
                shift @paths if $call eq 'link' || $call eq 'symlink';
            }
            ++$count{'file renamed'} if $call =~ /^rename/;
            judgeWrite($file, $line, $_, $call =~ /link/ ? 'file written' : 'file renamed') for @paths;
        }
    }
    close $in;
}

for my $path (sort keys %shmMade) {
    push @problems, "shared memory left behind: $path" unless $shmRemoved{$path};
}

printf "privacy: %d processes, %d system calls checked\n", $count{processes} // 0, $count{'system calls'} // 0;
printf "privacy: connections %d, all to local (AF_UNIX) sockets; sends %d on local sockets (%d on a descriptor "
    . "strace could not name, without an address), %d to the kernel\n",
    $count{'local connections'} // 0, $count{'sends on local sockets'} // 0,
    $count{'of them on a descriptor strace could not name, without an address'} // 0,
    $count{'messages to the kernel'} // 0;
printf "privacy: files written %d (%d distinct in Vigil's folders), folders made %d, files removed %d, renamed %d; "
    . "%d of them on system paths (shared memory %d, all removed)\n",
    $count{'file written'} // 0, scalar(keys %written), $count{'folder made'} // 0, $count{'file removed'} // 0,
    $count{'file renamed'} // 0, $count{'system paths'} // 0, scalar(keys %shmMade);
if (@problems) {
    print STDERR "privacy: $_\n" for @problems;
    printf STDERR "privacy: %d problems\n", scalar @problems;
    exit 1;
}
exit 0;
