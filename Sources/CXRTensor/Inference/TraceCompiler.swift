import CDNNL

/// Turns a traced forward pass into graph steps, fusing what oneDNN can do in one pass:
///
/// - convolution -> batch norm: the norm is folded into the convolution's weights and bias,
///   `w' = w * gamma / sqrt(var + eps)`, `b' = (b - mean) * gamma / sqrt(var + eps) + beta`;
/// - convolution -> add (residual): a sum post-op accumulating into the other operand's buffer;
/// - convolution / add -> ReLU or ReLU6: an eltwise post-op;
/// - batch norm -> ReLU (pre-activation DenseNet): one batch-norm pass with ReLU fused.
///
/// Values stay in the layouts the primitives choose (blocked, e.g. `nChw16c`); a reorder is
/// inserted only where a consumer wants another layout.
struct TraceCompiler {
    let nodes: [TracedNode]
    let input: TracedValue
    let output: TracedValue
    let builder = GraphBuilder()

    /// Graph value of each traced tensor.
    private var valueOf: [TracedValue: Int] = [:]
    /// Nodes reading each traced tensor as data, in trace order.
    private var consumers: [TracedValue: [Int]] = [:]
    private var fused: Set<Int> = []

    init(nodes: [TracedNode], input: TracedValue, output: TracedValue) {
        self.nodes = nodes
        self.input = input
        self.output = output
        for (index, node) in nodes.enumerated() {
            for case let value? in node.data { consumers[value, default: []].append(index) }
        }
    }

    /// Compiles every node; returns the builder and the value holding `output`.
    mutating func compile() throws -> (GraphBuilder, Int) {
        valueOf[input] = builder.addValue(shape: input.shape, descriptor: makeMemoryDescriptor(input.shape, plainTag(rank: input.shape.count)))
        for index in nodes.indices where !fused.contains(index) {
            try compileNode(index)
        }
        guard let result = valueOf[output], result != 0 else { throw InferenceGraphError.outputNotTraced }
        return (builder, result)
    }

    // MARK: - Graph queries

    private func value(of traced: TracedValue?, in operation: String) throws -> Int {
        guard let traced, let v = valueOf[traced] else { throw InferenceGraphError.untracedInput(operation: operation) }
        return v
    }

    /// The node that alone reads `tensor`, when there is exactly one and `tensor` is not the
    /// graph's output (a fused intermediate is never materialised).
    private func soleConsumer(of value: TracedValue) -> Int? {
        guard value != output, let list = consumers[value], list.count == 1, !fused.contains(list[0]) else { return nil }
        return list[0]
    }

    /// Whether a node after `index` reads `tensor` (the graph input and output always count as read).
    private func isRead(_ value: TracedValue, after index: Int) -> Bool {
        if value == input || value == output { return true }
        return consumers[value]?.contains { $0 > index } ?? false
    }

    private func activation(_ node: TracedNode) -> FusedActivation? {
        switch node.operation {
        case .relu: return .relu
        case .relu6: return .relu6
        default: return nil
        }
    }

    private func parameter(_ node: TracedNode, _ index: Int) -> [Float] { node.parameters[index].scalars }

    // MARK: - Nodes

    private mutating func compileNode(_ index: Int) throws {
        let node = nodes[index]
        switch node.operation {
        case .convolution(let geometry): try compileConvolution(index, geometry: geometry)
        case .batchNorm(let epsilon): try compileBatchNorm(index, epsilon: epsilon)
        case .relu, .relu6:
            let source = try value(of: node.data[0], in: node.operation.name)
            let data = builder.values[source].descriptor
            let result = builder.addValue(shape: node.output.shape, descriptor: data)
            builder.addStep("inference.\(node.operation.name)", primitive: makeInferenceActivation(data: data, activation(node)!),
                            arguments: [(DNNLArg.src, .value(source)), (DNNLArg.dst, .value(result))], output: result)
            valueOf[node.output] = result
        case .add: try compileAdd(index)
        case .concatenate:
            let sources = try node.data.map { try value(of: $0, in: "concatenate") }
            let primitive = makeInferenceConcatenation(sources: sources.map { builder.values[$0].descriptor }, output: node.output.shape)
            let result = builder.addValue(shape: node.output.shape, descriptor: primitive.query(dnnl_query_dst_md))
            let arguments = sources.enumerated().map { (DNNLArg.multipleSrc + Int32($0.offset), StepOperand.value($0.element)) }
            builder.addStep("inference.concatenate", primitive: primitive, arguments: arguments + [(DNNLArg.dst, .value(result))], output: result)
            valueOf[node.output] = result
        case .pool(let kind, let kernel, let stride, let padding, _):
            let source = try value(of: node.data[0], in: "pool2d")
            let primitive = makeInferencePooling(source: builder.values[source].descriptor, input: node.data[0]!.shape, output: node.output.shape,
                                                 kind: kind, kernel: kernel, stride: stride, padding: padding)
            let result = builder.addValue(shape: node.output.shape, descriptor: primitive.query(dnnl_query_dst_md))
            builder.addStep("inference.pool2d", primitive: primitive, arguments: [(DNNLArg.src, .value(source)), (DNNLArg.dst, .value(result))], output: result)
            valueOf[node.output] = result
        }
    }

    private mutating func compileConvolution(_ index: Int, geometry: ConvolutionGeometry) throws {
        let node = nodes[index]
        let weightShape = node.parameters[0].shape
        let outputChannels = weightShape[0]
        var weights = parameter(node, 0)
        var bias = node.parameters.count > 1 ? parameter(node, 1) : nil
        var last = node.output

        // Convolution -> batch norm: fold the norm into weights and bias.
        if let next = soleConsumer(of: last), case .batchNorm(let epsilon) = nodes[next].operation, nodes[next].data[0] == last {
            let norm = nodes[next]
            let gamma = parameter(norm, 0), beta = parameter(norm, 1)
            let mean = parameter(norm, 2), variance = parameter(norm, 3)
            let perOutput = weights.count / outputChannels
            var folded = [Float](repeating: 0, count: outputChannels)
            for o in 0..<outputChannels {
                let factor = Double(gamma[o]) / (Double(variance[o]) + Double(epsilon)).squareRoot()
                for i in 0..<perOutput { weights[o * perOutput + i] = Float(Double(weights[o * perOutput + i]) * factor) }
                folded[o] = Float((Double(bias?[o] ?? 0) - Double(mean[o])) * factor + Double(beta[o]))
            }
            bias = folded
            fused.insert(next)
            last = norm.output
        }

        // -> add (residual): accumulate into the other operand with a sum post-op.
        var accumulateInto: TracedValue?
        var addIndex: Int?
        if let next = soleConsumer(of: last), case .add = nodes[next].operation {
            let operands = nodes[next].data
            if let other = operands[0] == last ? operands[1] : operands[0], other != last, valueOf[other] != nil {
                accumulateInto = other
                addIndex = next
                fused.insert(next)
                last = nodes[next].output
            }
        }

        // -> ReLU / ReLU6: eltwise post-op.
        var fusedActivation: FusedActivation?
        if let next = soleConsumer(of: last), let a = activation(nodes[next]) {
            fusedActivation = a
            fused.insert(next)
            last = nodes[next].output
        }

        let source = try value(of: node.data[0], in: "conv2d")
        let primitive = makeInferenceConvolution(input: node.data[0]!.shape, weight: weightShape, output: node.output.shape,
                                                 hasBias: bias != nil, geometry: geometry, sum: accumulateInto != nil, activation: fusedActivation)
        let weightMemory = builder.constant(weights, plain: makeMemoryDescriptor(geometry.weightDimensions(weightShape), geometry.plainWeightTag),
                                            as: primitive.query(dnnl_query_weights_md))
        let sourceValue = builder.value(source, in: primitive.query(dnnl_query_src_md))
        let destination = primitive.query(dnnl_query_dst_md)
        var arguments: [(Int32, StepOperand)] = [(DNNLArg.src, .value(sourceValue)), (DNNLArg.weights, .constant(weightMemory))]
        if let bias { arguments.append((DNNLArg.bias, .constant(builder.vector(bias)))) }

        var inPlace: Int?
        if let other = accumulateInto {
            let otherValue = try value(of: other, in: "add")
            if !isRead(other, after: addIndex!) && descriptorsEqual(builder.values[otherValue].descriptor, destination) {
                inPlace = otherValue
            } else {
                inPlace = builder.copy(otherValue, to: destination)
            }
        }
        let result = builder.addValue(shape: last.shape, descriptor: destination)
        arguments.append((DNNLArg.dst, .value(result)))
        let flops = 2 * Double(node.output.count) * Double(weights.count / outputChannels)
        builder.addStep("inference.conv2d", flops: flops, primitive: primitive, arguments: arguments, output: result, inPlaceOf: inPlace)
        valueOf[last] = result
    }

    private mutating func compileBatchNorm(_ index: Int, epsilon: Float) throws {
        let node = nodes[index]
        let source = try value(of: node.data[0], in: "batchNorm")
        var last = node.output
        var relu = false
        if let next = soleConsumer(of: last), case .relu = nodes[next].operation {
            relu = true
            fused.insert(next)
            last = nodes[next].output
        }
        let data = builder.values[source].descriptor
        let primitive = makeInferenceBatchNorm(data: data, epsilon: epsilon, relu: relu)
        let result = builder.addValue(shape: last.shape, descriptor: data)
        let statistics = (0...3).map { builder.vector(parameter(node, $0)) }
        builder.addStep(relu ? "inference.batchNorm+relu" : "inference.batchNorm", primitive: primitive, arguments: [
            (DNNLArg.src, .value(source)), (DNNLArg.scale, .constant(statistics[0])), (DNNLArg.shift, .constant(statistics[1])),
            (DNNLArg.mean, .constant(statistics[2])), (DNNLArg.variance, .constant(statistics[3])), (DNNLArg.dst, .value(result)),
        ], output: result)
        valueOf[last] = result
    }

    private mutating func compileAdd(_ index: Int) throws {
        let node = nodes[index]
        let a = try value(of: node.data[0], in: "add")
        let data = builder.values[a].descriptor
        let b = builder.value(try value(of: node.data[1], in: "add"), in: data)
        var last = node.output
        var fusedActivation: FusedActivation?
        if let next = soleConsumer(of: last), let act = activation(nodes[next]) {
            fusedActivation = act
            fused.insert(next)
            last = nodes[next].output
        }
        let result = builder.addValue(shape: last.shape, descriptor: data)
        builder.addStep("inference.add", primitive: makeInferenceAdd(data: data), arguments: [
            (DNNLArg.src, .value(a)), (DNNLArg.src1, .value(b)), (DNNLArg.dst, .value(result)),
        ], output: result)
        if let fusedActivation {
            let activated = builder.addValue(shape: last.shape, descriptor: data)
            builder.addStep("inference.\(fusedActivation.name)", primitive: makeInferenceActivation(data: data, fusedActivation),
                            arguments: [(DNNLArg.src, .value(result)), (DNNLArg.dst, .value(activated))], output: activated)
            valueOf[last] = activated
        } else {
            valueOf[last] = result
        }
    }
}
