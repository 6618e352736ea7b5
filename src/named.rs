//! Enums named by one table. The report, the reference set's schema, the TypeScript types and
//! the README all spell a category, qualifier or verdict the same way: each enum here declares
//! its variants with their names once, and serializing, reading and listing follow from that.

/// Declares a fieldless enum with each variant's name beside it, `NAMES` (name to variant, in
/// declaration order, for readers), `from_name()`, `name()`, and a `Serialize` that writes the
/// name.
macro_rules! named_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $enum:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $name:literal, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $enum {
            $( $(#[$vmeta])* $variant, )*
        }

        impl $enum {
            /// Each variant by the name the report and the reference set's schema give it.
            pub const NAMES: &'static [(&'static str, $enum)] = &[$(($name, $enum::$variant),)*];

            /// The variant the schema names `name`, if any.
            pub fn from_name(name: &str) -> Option<$enum> {
                Self::NAMES.iter().find(|(n, _)| *n == name).map(|&(_, v)| v)
            }

            /// The name the report and the reference set's schema give it.
            pub fn name(self) -> &'static str {
                match self {
                    $( $enum::$variant => $name, )*
                }
            }
        }

        impl serde::Serialize for $enum {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.name())
            }
        }
    };
}

pub(crate) use named_enum;
