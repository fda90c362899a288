// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/terraform/hcl/ast.h"
#include "import/terraform/value.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

/**
 * Static evaluation of HCL expressions the way Terraform would evaluate them at plan time, as far
 * as that is possible without the cloud: literals, templates, operators, conditionals, `for`,
 * splats and the common functions. Whatever depends on unknown input stays Unknown.
 */
namespace tw::terraform {

/** What an expression can see besides literals: supplied by the module being evaluated. */
class Resolver
{
public:
    virtual ~Resolver() = default;
    virtual Value variable(const QString &name) = 0;
    virtual Value local(const QString &name) = 0;
    /** data.<type>.<name>: Unknown unless the importer can compute it (policy documents). */
    virtual Value data(const QString &type, const QString &name) = 0;
    virtual Value pathValue(const QString &which) = 0;
};

/** Names bound by count, for_each and `for` expressions. */
using Scope = QHash<QString, Value>;

class Evaluator
{
public:
    explicit Evaluator(Resolver *resolver) : m_resolver(resolver) {}
    Value evaluate(const hcl::Expression *expr, const Scope &scope = {});
    /**
     * Sketch mode: a reference to a resource, module or `self` (unknown until apply) evaluates to
     * the text "${aws_db_instance.orders.address}" instead of Unknown, so a connection string
     * built from it still says which resource it names. For reconciliation keys only, never facts.
     */
    void setSketch(bool on) { m_sketch = on; }

private:
    Value traversal(const hcl::Expression *expr, const Scope &scope);
    Value call(const hcl::Expression *expr, const Scope &scope);
    Value binary(const hcl::Expression *expr, const Scope &scope);
    Value forExpr(const hcl::Expression *expr, const Scope &scope);

    Resolver *m_resolver;
    int m_depth = 0;
    bool m_sketch = false;
};

/** One reference to another object: `aws_s3_bucket.logs.id` → root "aws_s3_bucket", steps ["logs","id"]. */
struct Reference
{
    QString root;
    QStringList steps;             ///< attribute names; an index whose key is literal appears as "[key]"
    const hcl::Expression *where = nullptr;
};

/** Every traversal in an expression (variables, locals, resources, data, modules). */
void collectReferences(const hcl::Expression *expr, QList<Reference> &out);

/** Formats a number as Terraform prints it. */
QString numberText(double value);

} // namespace tw::terraform
