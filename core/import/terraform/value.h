// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <vector>

/**
 * The result of statically evaluating a Terraform expression. Anything that depends on the cloud
 * (resource attributes, data sources, variables without a value) is Unknown: the importer never
 * guesses, and every operation on an Unknown yields Unknown.
 */
namespace tw::terraform {

class Value
{
public:
    enum class Type { Unknown, Null, Bool, Number, String, List, Map };
    using List = std::vector<Value>;
    using Map = std::map<QString, Value>;

    Value() = default;
    static Value unknown() { return Value(); }
    static Value null() { Value v; v.m_type = Type::Null; return v; }
    static Value boolean(bool b) { Value v; v.m_type = Type::Bool; v.m_number = b ? 1 : 0; return v; }
    static Value number(double n) { Value v; v.m_type = Type::Number; v.m_number = n; return v; }
    static Value string(QString s) { Value v; v.m_type = Type::String; v.m_string = std::move(s); return v; }
    static Value list(List items)
    {
        Value v;
        v.m_type = Type::List;
        v.m_list = std::make_shared<const List>(std::move(items));
        return v;
    }
    static Value map(Map entries)
    {
        Value v;
        v.m_type = Type::Map;
        v.m_map = std::make_shared<const Map>(std::move(entries));
        return v;
    }

    Type type() const { return m_type; }
    bool isUnknown() const { return m_type == Type::Unknown; }
    bool isKnown() const { return m_type != Type::Unknown; }
    bool isNull() const { return m_type == Type::Null; }
    bool isString() const { return m_type == Type::String; }
    bool isList() const { return m_type == Type::List; }
    bool isMap() const { return m_type == Type::Map; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    /** Whether this value and everything inside it is known. */
    bool isWhollyKnown() const;

    bool toBool() const { return m_number != 0; }
    double toNumber() const { return m_number; }
    const QString &toStringValue() const { return m_string; }
    const List &items() const { return m_list ? *m_list : emptyList(); }
    const Map &entries() const { return m_map ? *m_map : emptyMap(); }

    /** A map entry or Unknown; a missing key of a known map is Null (Terraform's optional attrs). */
    Value get(const QString &key) const;
    Value at(std::size_t index) const { return index < items().size() ? items()[index] : Value(); }

    /** Conversions as Terraform does them implicitly; nullopt when not convertible or unknown. */
    std::optional<QString> asString() const;
    std::optional<double> asNumber() const;
    std::optional<bool> asBool() const;

    /** Canonical JSON text (jsonencode); Unknown inside gives nullopt. */
    std::optional<QString> toJson() const;

    friend bool operator==(const Value &a, const Value &b);

private:
    static const List &emptyList();
    static const Map &emptyMap();

    Type m_type = Type::Unknown;
    double m_number = 0;
    QString m_string;
    std::shared_ptr<const List> m_list;
    std::shared_ptr<const Map> m_map;
};

/** Parses JSON text into a Value (jsondecode, inline policy strings). */
std::optional<Value> valueFromJson(const QString &text);

} // namespace tw::terraform
