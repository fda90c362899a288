/* SPDX-License-Identifier: GPL-3.0-or-later
 * Loaded with LD_PRELOAD by tst_network: every attempt to open an IP socket (or to connect any
 * socket to an IP address) is written to $TW_NONET_LOG and refused. Unix-domain sockets stay
 * allowed: the C library uses them locally (nscd for user names) and they never leave the host. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void record(const char *what, int family)
{
    const char *path = getenv("TW_NONET_LOG");
    if (!path)
        return;
    int fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0644);
    if (fd < 0)
        return;
    char line[128];
    int n = snprintf(line, sizeof line, "%s family=%d pid=%d\n", what, family, (int)getpid());
    if (n > 0)
        (void)!write(fd, line, (size_t)n);
    close(fd);
}

static int isIp(int family)
{
    return family == AF_INET || family == AF_INET6 || family == AF_PACKET;
}

int socket(int domain, int type, int protocol)
{
    if (isIp(domain)) {
        record("socket", domain);
        errno = EACCES;
        return -1;
    }
    int (*real)(int, int, int) = (int (*)(int, int, int))dlsym(RTLD_NEXT, "socket");
    return real(domain, type, protocol);
}

int connect(int fd, const struct sockaddr *address, socklen_t length)
{
    if (address && isIp(address->sa_family)) {
        record("connect", address->sa_family);
        errno = EACCES;
        return -1;
    }
    int (*real)(int, const struct sockaddr *, socklen_t) = (int (*)(int, const struct sockaddr *, socklen_t))dlsym(RTLD_NEXT, "connect");
    return real(fd, address, length);
}
