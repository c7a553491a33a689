    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

F    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

H    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

z    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

T    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

W    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

;    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

`    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

V    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

G    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

`    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

V    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

G    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

`    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

C    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

`    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

`    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

C    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

`    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

C    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

T    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

z    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

`    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

`    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

`    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

6    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

*    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

`    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

`    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

7    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

*    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

`    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

P    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

G    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

k    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

G    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

_    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

[    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

]    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

G    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

[    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

]    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

?    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

G    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

_    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

[    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

]    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

G    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

`    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

`    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

;    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

`    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

`    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

`    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

`    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

'    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

_    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

I    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

T    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

G    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

P    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

W    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

_    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

I    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

-    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

>    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

F    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

C    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

P    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

C    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

G    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

k    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

G    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

k    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

k    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

_    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

[    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

]    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

G    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

[    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

]    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

?    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

P    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

k    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

G    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

C    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

_    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

[    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

]    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

G    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

P    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

_    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

I    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

T    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

G    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

W    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

?    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

?    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

2    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

T    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

+    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

T    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

-    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

V    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

G    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

P    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

I    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

I    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

[    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

]    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

[    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

]    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

I    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

I    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

;    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

<    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

?    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

U    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

T    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

F    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

-    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

8    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

?    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

>    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

<    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

3    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

2    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

>    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

j    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

<    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

>    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

_    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

-    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

>    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

%    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

2    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

_    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

_    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

G    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

-    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

>    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

2    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

5    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

5    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

?    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

-    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

2    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

5    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

5    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

E    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

`    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

&    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

<    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

>    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

'    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

`    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

X    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

M    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

L    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

_    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

-    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

>    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

&    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

+    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

&    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

;    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

<    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

+    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

&    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

;    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

>    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

+    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

&    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

;    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

+    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

&    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

q    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

;    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

'    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

+    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

&    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

;    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

G    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

<    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

-    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

-    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

>    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

k    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

G    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

<    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

-    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

-    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

k    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

k    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

-    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

>    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

_    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

[    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

]    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

G    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

[    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

]    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

?    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

>    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

2    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

$    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

$    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

j    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

k    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

-    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

$    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

j    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

?    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

?    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

<    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

k    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

k    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

-    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

k    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

-    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

j    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

k    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

-    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

>    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

G    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

<    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

>    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

_    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

[    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

]    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

G    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

>    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

3    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

$    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

$    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

j    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

<    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

>    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

_    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

g    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

I    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

T    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

R    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

G    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

B    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

{    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

A    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

'    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

6    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

v    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

?    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

-    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

9    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

:    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

d    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

<    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

b    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

-    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

y    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

D    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

j    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

V    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

M    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

M    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

C    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

m    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

-    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

z    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

1    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

0    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

*    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

-    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

=    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

h    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

w    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

V    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

u    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

n    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

i    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

,    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

r    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

o    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

>    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

\    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

S    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

l    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

f    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

.    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

c    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

a    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

p    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

(    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

s    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

<    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

/    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

e    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

x    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

t    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

>    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

"    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

)    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

     /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

}    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }


    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

