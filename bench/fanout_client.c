/* Load generator for bench/bench_fanout.py: N websocket clients in one epoll loop.
 *
 * Usage: fanout_client PORT PATH CLIENTS STOP_SEQ OUTPUT
 *
 * Connects CLIENTS websockets to 127.0.0.1:PORT PATH (no extensions), prints "ready" on stdout
 * once every handshake is done, then records, for every text frame whose payload starts with
 * {"type":"trade", the client, the message's "seq", the CLOCK_MONOTONIC time the frame reached
 * user space, and the kernel's receive timestamp of its segment (SO_TIMESTAMPNS, converted to
 * CLOCK_MONOTONIC), so the script can tell the client's own delay from the server's. Pings are
 * answered with pongs; close frames end a client (its code is kept). A line on stdin (or EOF)
 * means the feed is over: the program then waits until every client has seen STOP_SEQ or closed
 * (at most 30 s), writes OUTPUT and exits. The per-frame cost is a few hundred nanoseconds of C
 * on top of the recv itself, so the measurement is about the server, not the load generator.
 *
 * OUTPUT layout (little-endian, native): "FANOUT1\0", int64 clients, int64 records,
 * int64 client CPU ns (user + system, from "ready" on), int32 close code per client (0 = none, -1 = lost,
 * -2 = STOP_SEQ not seen by the deadline), then
 * per record: uint32 client, uint32 seq, int64 user ns, int64 kernel ns.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define BUF_SIZE 65536
#define MAX_INFLIGHT 64 /* handshakes in progress at once: stay under the accept backlog */
#define DRAIN_SECONDS 30

enum state { CONNECTING, UPGRADING, OPEN, DONE };

struct conn {
    int fd;
    enum state state;
    int close_code;
    size_t len;
    unsigned char buf[BUF_SIZE];
};

struct record {
    uint32_t client;
    uint32_t seq;
    int64_t user_ns;
    int64_t kernel_ns;
};

static struct record *records;
static size_t n_records, cap_records;
static int64_t realtime_offset; /* CLOCK_REALTIME - CLOCK_MONOTONIC, for kernel stamps */

static int64_t clock_ns(clockid_t clock) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void die(const char *what) {
    perror(what);
    exit(2);
}

static void add_record(uint32_t client, uint32_t seq, int64_t user_ns, int64_t kernel_ns) {
    if (n_records == cap_records) {
        cap_records = cap_records ? cap_records * 2 : 1 << 20;
        records = realloc(records, cap_records * sizeof *records);
        if (!records) die("realloc");
    }
    records[n_records++] = (struct record){client, seq, user_ns, kernel_ns};
}

static int open_socket(int port) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (fd < 0) die("socket");
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &one, sizeof one);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons(port)};
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, (struct sockaddr *)&addr, sizeof addr) < 0 && errno != EINPROGRESS)
        die("connect");
    return fd;
}

static void send_all(int fd, const void *data, size_t len) {
    /* Requests and pongs are tiny: a full socket buffer here means the peer is gone. */
    ssize_t n = send(fd, data, len, MSG_NOSIGNAL);
    if (n != (ssize_t)len && !(n < 0 && errno == EPIPE)) fprintf(stderr, "short send\n");
}

static void send_handshake(struct conn *c, int port, const char *path) {
    char request[2048];
    unsigned char raw[16];
    for (int i = 0; i < 16; i++) raw[i] = (unsigned char)rand();
    static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    char key[25];
    for (int i = 0, j = 0; i < 15; i += 3) {
        uint32_t v = raw[i] << 16 | raw[i + 1] << 8 | raw[i + 2];
        key[j++] = b64[v >> 18 & 63], key[j++] = b64[v >> 12 & 63];
        key[j++] = b64[v >> 6 & 63], key[j++] = b64[v & 63];
    }
    key[20] = b64[raw[15] >> 2], key[21] = b64[(raw[15] & 3) << 4], key[22] = key[23] = '=';
    key[24] = 0;
    int len = snprintf(request, sizeof request,
                       "GET %s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nUpgrade: websocket\r\n"
                       "Connection: Upgrade\r\nSec-WebSocket-Key: %s\r\n"
                       "Sec-WebSocket-Version: 13\r\n\r\n",
                       path, port, key);
    send_all(c->fd, request, (size_t)len);
    c->state = UPGRADING;
}

static void send_control(int fd, int opcode, const unsigned char *payload, size_t len) {
    unsigned char frame[2 + 4 + 125];
    if (len > 125) len = 125;
    frame[0] = 0x80 | opcode;
    frame[1] = 0x80 | (unsigned char)len;
    for (int i = 0; i < 4; i++) frame[2 + i] = (unsigned char)rand();
    for (size_t i = 0; i < len; i++) frame[6 + i] = payload[i] ^ frame[2 + i % 4];
    send_all(fd, frame, 6 + len);
}

static long parse_seq(const unsigned char *p, size_t len) {
    static const char needle[] = "\"seq\":";
    unsigned char *at = memmem(p, len, needle, sizeof needle - 1);
    if (!at) return -1;
    long seq = 0;
    for (at += sizeof needle - 1; at < p + len && *at >= '0' && *at <= '9'; at++)
        seq = seq * 10 + (*at - '0');
    return seq;
}

/* Consume complete frames from c->buf; returns 1 if the client is finished. */
static int parse_frames(struct conn *c, uint32_t id, long stop_seq, int64_t user_ns,
                        int64_t kernel_ns) {
    static const char trade[] = "{\"type\":\"trade\"";
    size_t off = 0;
    int finished = 0;
    while (c->len - off >= 2) {
        unsigned char *f = c->buf + off;
        int opcode = f[0] & 0x0F;
        uint64_t plen = f[1] & 0x7F;
        size_t head = 2;
        if (plen == 126) {
            if (c->len - off < 4) break;
            plen = (uint64_t)f[2] << 8 | f[3];
            head = 4;
        } else if (plen == 127) {
            if (c->len - off < 10) break;
            plen = 0;
            for (int i = 0; i < 8; i++) plen = plen << 8 | f[2 + i];
            head = 10;
        }
        if (head + plen > BUF_SIZE) {
            fprintf(stderr, "frame of %llu bytes too large\n", (unsigned long long)plen);
            exit(2);
        }
        if (c->len - off < head + plen) break;
        unsigned char *payload = f + head;
        if (opcode == 1 && plen >= sizeof trade - 1 && !memcmp(payload, trade, sizeof trade - 1)) {
            long seq = parse_seq(payload, plen);
            if (seq >= 0) {
                add_record(id, (uint32_t)seq, user_ns, kernel_ns);
                if (seq >= stop_seq) finished = 1;
            }
        } else if (opcode == 9) {
            send_control(c->fd, 0xA, payload, plen);
        } else if (opcode == 8) {
            c->close_code = plen >= 2 ? payload[0] << 8 | payload[1] : 1005;
            finished = 1;
        }
        off += head + plen;
    }
    memmove(c->buf, c->buf + off, c->len - off);
    c->len -= off;
    return finished;
}

static int finish_upgrade(struct conn *c) {
    unsigned char *end = memmem(c->buf, c->len, "\r\n\r\n", 4);
    if (!end) return 0;
    if (c->len < 12 || memcmp(c->buf, "HTTP/1.1 101", 12)) {
        fprintf(stderr, "handshake refused: %.*s\n", (int)(c->len < 200 ? c->len : 200), c->buf);
        exit(2);
    }
    size_t head = (size_t)(end - c->buf) + 4;
    memmove(c->buf, c->buf + head, c->len - head);
    c->len -= head;
    c->state = OPEN;
    return 1;
}

/* recv with the kernel's timestamp; returns bytes read, 0 on EOF, -1 if nothing to read. */
static ssize_t read_stamped(struct conn *c, int64_t *kernel_ns) {
    struct iovec iov = {c->buf + c->len, BUF_SIZE - c->len};
    char control[CMSG_SPACE(sizeof(struct timespec))];
    struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = control,
                         .msg_controllen = sizeof control};
    ssize_t n = recvmsg(c->fd, &msg, 0);
    if (n < 0) return (errno == EAGAIN || errno == EINTR) ? -1 : 0;
    *kernel_ns = 0;
    for (struct cmsghdr *cm = CMSG_FIRSTHDR(&msg); cm; cm = CMSG_NXTHDR(&msg, cm)) {
        if (cm->cmsg_level == SOL_SOCKET && cm->cmsg_type == SCM_TIMESTAMPNS) {
            struct timespec ts;
            memcpy(&ts, CMSG_DATA(cm), sizeof ts);
            *kernel_ns = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec - realtime_offset;
        }
    }
    return n;
}

/* A client is done once it has seen STOP_SEQ, a close frame, or the end of its connection
 * ("lost": close code -1 unless a close frame came first). */
static void end_conn(struct conn *c, int epfd, int *open_count, int lost) {
    if (c->state == DONE) return;
    if (lost && c->close_code == 0) c->close_code = -1;
    c->state = DONE;
    epoll_ctl(epfd, EPOLL_CTL_DEL, c->fd, NULL);
    (*open_count)--;
}

static int64_t cpu_used_ns(void) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ((int64_t)ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000000 +
           ((int64_t)ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1000;
}

static void write_output(const char *path, struct conn *conns, int n, int64_t cpu_ns) {
    FILE *out = fopen(path, "wb");
    if (!out) die("fopen");
    int64_t header[3] = {n, (int64_t)n_records, cpu_ns};
    fwrite("FANOUT1", 1, 8, out);
    fwrite(header, sizeof header, 1, out);
    for (int i = 0; i < n; i++) fwrite(&conns[i].close_code, sizeof(int32_t), 1, out);
    fwrite(records, sizeof *records, n_records, out);
    if (fclose(out)) die("fclose");
}

int main(int argc, char **argv) {
    if (argc != 6) {
        fprintf(stderr, "usage: %s PORT PATH CLIENTS STOP_SEQ OUTPUT\n", argv[0]);
        return 2;
    }
    int port = atoi(argv[1]), n = atoi(argv[3]);
    const char *path = argv[2];
    long stop_seq = atol(argv[4]);
    srand((unsigned)getpid());
    realtime_offset = clock_ns(CLOCK_REALTIME) - clock_ns(CLOCK_MONOTONIC);
    struct conn *conns = calloc((size_t)n, sizeof *conns);
    if (!conns) die("calloc");
    int epfd = epoll_create1(0);
    struct epoll_event events[512];

    /* Connect and upgrade, at most MAX_INFLIGHT at a time. */
    int started = 0, upgraded = 0;
    while (upgraded < n) {
        while (started < n && started - upgraded < MAX_INFLIGHT) {
            struct conn *c = &conns[started];
            c->fd = open_socket(port);
            c->state = CONNECTING;
            struct epoll_event ev = {.events = EPOLLOUT, .data.u32 = (uint32_t)started};
            epoll_ctl(epfd, EPOLL_CTL_ADD, c->fd, &ev);
            started++;
        }
        int k = epoll_wait(epfd, events, 512, 10000);
        if (k == 0) {
            fprintf(stderr, "handshakes timed out (%d of %d done)\n", upgraded, n);
            return 2;
        }
        for (int i = 0; i < k; i++) {
            struct conn *c = &conns[events[i].data.u32];
            if (events[i].events & (EPOLLERR | EPOLLHUP)) {
                fprintf(stderr, "connection failed during handshake\n");
                return 2;
            }
            if (c->state == CONNECTING) {
                send_handshake(c, port, path);
                struct epoll_event ev = {.events = EPOLLIN, .data.u32 = events[i].data.u32};
                epoll_ctl(epfd, EPOLL_CTL_MOD, c->fd, &ev);
                continue;
            }
            ssize_t got = recv(c->fd, c->buf + c->len, BUF_SIZE - c->len, 0);
            if (got <= 0) {
                if (got < 0 && errno == EAGAIN) continue;
                fprintf(stderr, "connection closed during handshake\n");
                return 2;
            }
            c->len += (size_t)got;
            upgraded += finish_upgrade(c);
        }
    }
    printf("ready\n");
    fflush(stdout);
    int64_t cpu_at_ready = cpu_used_ns();

    struct epoll_event ev = {.events = EPOLLIN, .data.u32 = UINT32_MAX};
    epoll_ctl(epfd, EPOLL_CTL_ADD, STDIN_FILENO, &ev);
    int open_count = n;
    int64_t deadline = 0; /* set once the feed is over */
    while (open_count > 0 && !(deadline && clock_ns(CLOCK_MONOTONIC) > deadline)) {
        int k = epoll_wait(epfd, events, 512, 100);
        for (int i = 0; i < k; i++) {
            uint32_t id = events[i].data.u32;
            if (id == UINT32_MAX) {
                char line[64];
                (void)!read(STDIN_FILENO, line, sizeof line);
                epoll_ctl(epfd, EPOLL_CTL_DEL, STDIN_FILENO, NULL);
                deadline = clock_ns(CLOCK_MONOTONIC) + (int64_t)DRAIN_SECONDS * 1000000000;
                continue;
            }
            struct conn *c = &conns[id];
            if (c->state == DONE) continue;
            int64_t kernel_ns;
            ssize_t got = read_stamped(c, &kernel_ns);
            if (got < 0) continue;
            if (got == 0) {
                end_conn(c, epfd, &open_count, 1);
                continue;
            }
            int64_t user_ns = clock_ns(CLOCK_MONOTONIC);
            c->len += (size_t)got;
            if (parse_frames(c, id, stop_seq, user_ns, kernel_ns)) end_conn(c, epfd, &open_count, 0);
        }
    }
    for (int i = 0; i < n; i++)
        if (conns[i].state != DONE) conns[i].close_code = -2; /* still waiting at the deadline */
    write_output(argv[5], conns, n, cpu_used_ns() - cpu_at_ready);
    for (int i = 0; i < n; i++) close(conns[i].fd);
    return 0;
}
