import CXRData

/// `multipart/form-data` upload bodies (`MultipartForm`, what `cxr serve` reads an uploaded
/// image from). Input: the Content-Type header value, a newline, then the body.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMultipart(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let input = count > 0 && start != nil ? Array(UnsafeRawBufferPointer(start: start, count: count)) : []
    let newline = input.firstIndex(of: 0x0A) ?? input.count
    let contentType = String(decoding: input[..<newline], as: UTF8.self)
    let body = newline < input.count ? Array(input[(newline + 1)...]) : []
    do {
        let form = try MultipartForm(body: body, contentType: contentType)
        precondition(!form.parts.isEmpty, "a form without parts")
        let image = try form.imagePart()
        precondition(image.count <= body.count, "a part longer than the body")
        for part in form.parts { precondition(part.body.startIndex >= 0 && part.body.endIndex <= body.count) }
    } catch let error as MultipartForm.Malformed {
        _ = error.description
    } catch {
        fatalError("MultipartForm threw \(type(of: error)): \(error)")
    }
    return 0
}
