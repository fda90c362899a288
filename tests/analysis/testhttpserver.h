// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real HTTP/1.1 server on 127.0.0.1 for the LLM provider's tests, with recorded replies.

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

/** A recorded answer: status, body, an optional delay before it is sent, extra headers. */
struct Recorded
{
    int status = 200;
    QByteArray body;
    int delayMs = 0;
    QByteArray extraHeaders;
};

/** One request as the server saw it. */
struct Seen
{
    QByteArray head;
    QByteArray body;
};

/**
 * A real HTTP/1.1 server on 127.0.0.1 (port chosen by the system): reads a request with its
 * Content-Length body, answers with the next recorded reply (after its delay) and closes the
 * connection. Enough of the protocol for QNetworkAccessManager, nothing more.
 */
class TestServer : public QObject
{
public:
    TestServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    void script(const QList<Recorded> &replies) { m_script = replies; }
    const QList<Seen> &seen() const { return m_seen; }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        static const QRegularExpression lengthHeader(QStringLiteral("(?im)^content-length:\\s*(\\d+)"));
        const auto m = lengthHeader.match(QString::fromLatin1(head));
        const qsizetype length = m.hasMatch() ? m.captured(1).toLongLong() : 0;
        if (buffer.size() < end + 4 + length)
            return;
        m_seen.append(Seen{head, buffer.mid(end + 4, length)});
        m_buffers.remove(socket);
        const Recorded reply = m_script.isEmpty() ? Recorded{500, QByteArrayLiteral("{\"error\":\"no recorded reply\"}"), 0, {}}
                                                  : m_script.takeFirst();
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(reply.delayMs, this, [guarded, reply] {
            if (!guarded || guarded->state() != QAbstractSocket::ConnectedState)
                return; // the client gave up (timeout, cancel)
            QByteArray response = "HTTP/1.1 " + QByteArray::number(reply.status) + " Recorded\r\n"
                                  "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "
                + QByteArray::number(reply.body.size()) + "\r\n" + reply.extraHeaders + "\r\n" + reply.body;
            guarded->write(response);
            guarded->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    QList<Recorded> m_script;
    QList<Seen> m_seen;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

