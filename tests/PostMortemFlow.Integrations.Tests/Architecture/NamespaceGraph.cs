using Mono.Cecil;
using Mono.Cecil.Cil;

namespace PostMortemFlow.Integrations.Tests.Architecture;

/// <summary>
/// Which namespaces of one compiled assembly use which, read from every type reference the compiler emitted
/// (signatures, attributes and method bodies), so a dependency hidden in a lambda or a <c>using static</c> counts too.
/// </summary>
public sealed class NamespaceGraph
{
    private readonly Dictionary<string, Dictionary<string, SortedSet<string>>> _edges = new(StringComparer.Ordinal);

    private NamespaceGraph(string root) => Root = root;

    public string Root { get; }

    public IReadOnlyCollection<string> Namespaces => _edges.Keys;

    public static NamespaceGraph Read(string assemblyPath, string root)
    {
        var graph = new NamespaceGraph(root);
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        foreach (var type in module.Types.Where(t => graph.Owns(t.Namespace)))
        {
            graph.Node(type.Namespace);
            foreach (var used in TypesUsedBy(type))
                graph.Add(type, used);
        }
        return graph;
    }

    /// <summary>Every namespace a namespace uses, with the type references that make it so.</summary>
    public IEnumerable<(string From, string To, IReadOnlyCollection<string> Because)> Edges() =>
        _edges.SelectMany(e => e.Value.Select(to => (e.Key, to.Key, (IReadOnlyCollection<string>)to.Value)));

    /// <summary>Groups of namespaces that reach each other (strongly connected components with more than one member).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();
        var counter = 0;

        void Visit(string node)
        {
            index[node] = low[node] = counter++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in _edges[node].Keys)
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                    low[node] = Math.Min(low[node], index[next]);
            }
            if (low[node] != index[node])
                return;
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            } while (member != node);
            if (component.Count > 1)
                cycles.Add(component.Order(StringComparer.Ordinal).ToList());
        }

        foreach (var node in _edges.Keys.Order(StringComparer.Ordinal).ToList())
            if (!index.ContainsKey(node))
                Visit(node);
        return cycles;
    }

    private bool Owns(string ns) => ns == Root || ns.StartsWith(Root + ".", StringComparison.Ordinal);

    private Dictionary<string, SortedSet<string>> Node(string ns)
    {
        if (!_edges.TryGetValue(ns, out var targets))
            _edges[ns] = targets = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        return targets;
    }

    private void Add(TypeDefinition from, TypeReference used)
    {
        var target = OutermostNamespace(used);
        if (target == from.Namespace || !Owns(target))
            return;
        Node(target);
        var targets = Node(from.Namespace);
        if (!targets.TryGetValue(target, out var because))
            targets[target] = because = new SortedSet<string>(StringComparer.Ordinal);
        because.Add($"{from.FullName} uses {used.FullName}");
    }

    private static string OutermostNamespace(TypeReference type)
    {
        while (type.DeclaringType is not null)
            type = type.DeclaringType;
        return type.Namespace;
    }

    private static IEnumerable<TypeReference> TypesUsedBy(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Take(TypeReference? reference)
        {
            switch (reference)
            {
                case null or GenericParameter:
                    return;
                case GenericInstanceType generic:
                    Take(generic.ElementType);
                    foreach (var argument in generic.GenericArguments)
                        Take(argument);
                    return;
                case TypeSpecification specification:
                    Take(specification.ElementType);
                    return;
                default:
                    found.Add(reference);
                    return;
            }
        }
        void TakeMethod(MethodReference method)
        {
            Take(method.DeclaringType);
            Take(method.ReturnType);
            foreach (var parameter in method.Parameters)
                Take(parameter.ParameterType);
            if (method is GenericInstanceMethod generic)
                foreach (var argument in generic.GenericArguments)
                    Take(argument);
        }
        void TakeAttributes(ICustomAttributeProvider provider)
        {
            foreach (var attribute in provider.CustomAttributes)
            {
                Take(attribute.AttributeType);
                foreach (var argument in attribute.ConstructorArguments.Concat(attribute.Properties.Select(p => p.Argument)))
                    if (argument.Value is TypeReference typeArgument)
                        Take(typeArgument);
            }
        }

        foreach (var each in Flatten(type))
        {
            TakeAttributes(each);
            Take(each.BaseType);
            foreach (var implemented in each.Interfaces)
                Take(implemented.InterfaceType);
            foreach (var parameter in each.GenericParameters)
                foreach (var constraint in parameter.Constraints)
                    Take(constraint.ConstraintType);
            foreach (var field in each.Fields)
            {
                TakeAttributes(field);
                Take(field.FieldType);
            }
            foreach (var property in each.Properties)
            {
                TakeAttributes(property);
                Take(property.PropertyType);
            }
            foreach (var method in each.Methods)
            {
                TakeAttributes(method);
                TakeMethod(method);
                if (!method.HasBody)
                    continue;
                foreach (var local in method.Body.Variables)
                    Take(local.VariableType);
                foreach (var instruction in method.Body.Instructions)
                    switch (instruction.Operand)
                    {
                        case TypeReference operandType:
                            Take(operandType);
                            break;
                        case MethodReference operandMethod:
                            TakeMethod(operandMethod);
                            break;
                        case FieldReference operandField:
                            Take(operandField.DeclaringType);
                            Take(operandField.FieldType);
                            break;
                    }
            }
        }
        return found;
    }

    private static IEnumerable<TypeDefinition> Flatten(TypeDefinition type) =>
        type.NestedTypes.SelectMany(Flatten).Prepend(type);
}
