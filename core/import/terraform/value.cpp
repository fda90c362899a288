// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/terraform/value.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace tw::terraform {

const Value::List &Value::emptyList()
{
    static const List empty;
    return empty;
}

const Value::Map &Value::emptyMap()
{
    static const Map empty;
    return empty;
}

bool Value::isWhollyKnown() const
{
    switch (m_type) {
    case Type::Unknown:
        return false;
    case Type::List:
        for (const Value &v : items())
            if (!v.isWhollyKnown())
                return false;
        return true;
    case Type::Map:
        for (const auto &[k, v] : entries())
            if (!v.isWhollyKnown())
                return false;
        return true;
    default:
        return true;
    }
}

Value Value::get(const QString &key) const
{
    if (m_type == Type::Map) {
        auto it = entries().find(key);
        return it == entries().end() ? Value::null() : it->second;
    }
    if (m_type == Type::Null)
        return Value::null();
    return Value();
}

std::optional<QString> Value::asString() const
{
    switch (m_type) {
    case Type::String:
        return m_string;
    case Type::Number:
        if (std::floor(m_number) == m_number && std::fabs(m_number) < 1e15)
            return QString::number(qint64(m_number));
        return QString::number(m_number, 'g', 17);
    case Type::Bool:
        return m_number != 0 ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return std::nullopt;
    }
}

std::optional<double> Value::asNumber() const
{
    if (m_type == Type::Number)
        return m_number;
    if (m_type == Type::String) {
        bool ok = false;
        const double d = m_string.trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

std::optional<bool> Value::asBool() const
{
    if (m_type == Type::Bool)
        return m_number != 0;
    if (m_type == Type::String) {
        if (m_string == QLatin1StringView("true"))
            return true;
        if (m_string == QLatin1StringView("false"))
            return false;
    }
    return std::nullopt;
}

namespace {
std::optional<QJsonValue> toQJson(const Value &v)
{
    switch (v.type()) {
    case Value::Type::Unknown:
        return std::nullopt;
    case Value::Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Value::Type::Bool:
        return QJsonValue(v.toBool());
    case Value::Type::Number:
        return QJsonValue(v.toNumber());
    case Value::Type::String:
        return QJsonValue(v.toStringValue());
    case Value::Type::List: {
        QJsonArray a;
        for (const Value &item : v.items()) {
            auto j = toQJson(item);
            if (!j)
                return std::nullopt;
            a.append(*j);
        }
        return QJsonValue(a);
    }
    case Value::Type::Map: {
        QJsonObject o;
        for (const auto &[k, item] : v.entries()) {
            auto j = toQJson(item);
            if (!j)
                return std::nullopt;
            o.insert(k, *j);
        }
        return QJsonValue(o);
    }
    }
    return std::nullopt;
}

Value fromQJson(const QJsonValue &j)
{
    switch (j.type()) {
    case QJsonValue::Null:
        return Value::null();
    case QJsonValue::Bool:
        return Value::boolean(j.toBool());
    case QJsonValue::Double:
        return Value::number(j.toDouble());
    case QJsonValue::String:
        return Value::string(j.toString());
    case QJsonValue::Array: {
        Value::List items;
        const QJsonArray a = j.toArray();
        for (const QJsonValue &item : a)
            items.push_back(fromQJson(item));
        return Value::list(std::move(items));
    }
    case QJsonValue::Object: {
        Value::Map entries;
        const QJsonObject o = j.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            entries.emplace(it.key(), fromQJson(it.value()));
        return Value::map(std::move(entries));
    }
    default:
        return Value();
    }
}
} // namespace

std::optional<QString> Value::toJson() const
{
    auto j = toQJson(*this);
    if (!j)
        return std::nullopt;
    if (j->isArray())
        return QString::fromUtf8(QJsonDocument(j->toArray()).toJson(QJsonDocument::Compact));
    if (j->isObject())
        return QString::fromUtf8(QJsonDocument(j->toObject()).toJson(QJsonDocument::Compact));
    QJsonArray wrap{*j};
    QByteArray text = QJsonDocument(wrap).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

std::optional<Value> valueFromJson(const QString &text)
{
    QJsonParseError error;
    const QByteArray utf8 = text.toUtf8();
    QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    if (doc.isArray())
        return fromQJson(doc.array());
    return fromQJson(doc.object());
}

bool operator==(const Value &a, const Value &b)
{
    if (a.m_type != b.m_type)
        return false;
    switch (a.m_type) {
    case Value::Type::Unknown:
        return false;
    case Value::Type::Null:
        return true;
    case Value::Type::Bool:
    case Value::Type::Number:
        return a.m_number == b.m_number;
    case Value::Type::String:
        return a.m_string == b.m_string;
    case Value::Type::List:
        return a.items() == b.items();
    case Value::Type::Map:
        return a.entries() == b.entries();
    }
    return false;
}

} // namespace tw::terraform
