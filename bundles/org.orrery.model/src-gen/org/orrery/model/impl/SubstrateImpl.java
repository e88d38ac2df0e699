/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.orrery.model.Image;
import org.orrery.model.OrreryPackage;
import org.orrery.model.Substrate;
import org.orrery.model.SubstrateKind;
import org.orrery.model.VirtualMachine;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Substrate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.SubstrateImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.orrery.model.impl.SubstrateImpl#getRawSizeMB <em>Raw Size MB</em>}</li>
 *   <li>{@link org.orrery.model.impl.SubstrateImpl#getCompressedSizeMB <em>Compressed Size MB</em>}</li>
 *   <li>{@link org.orrery.model.impl.SubstrateImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.orrery.model.impl.SubstrateImpl#getImage <em>Image</em>}</li>
 *   <li>{@link org.orrery.model.impl.SubstrateImpl#getApplications <em>Applications</em>}</li>
 *   <li>{@link org.orrery.model.impl.SubstrateImpl#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubstrateImpl extends NamedElementImpl implements Substrate {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SubstrateKind KIND_EDEFAULT = SubstrateKind.PUBLIC;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SubstrateKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getRawSizeMB() <em>Raw Size MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRawSizeMB()
	 * @generated
	 * @ordered
	 */
	protected static final double RAW_SIZE_MB_EDEFAULT = 128.0;

	/**
	 * The cached value of the '{@link #getRawSizeMB() <em>Raw Size MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRawSizeMB()
	 * @generated
	 * @ordered
	 */
	protected double rawSizeMB = RAW_SIZE_MB_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompressedSizeMB() <em>Compressed Size MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompressedSizeMB()
	 * @generated
	 * @ordered
	 */
	protected static final double COMPRESSED_SIZE_MB_EDEFAULT = 16.0;

	/**
	 * The cached value of the '{@link #getCompressedSizeMB() <em>Compressed Size MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompressedSizeMB()
	 * @generated
	 * @ordered
	 */
	protected double compressedSizeMB = COMPRESSED_SIZE_MB_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected VirtualMachine origin;

	/**
	 * The cached value of the '{@link #getImage() <em>Image</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected Image image;

	/**
	 * The cached value of the '{@link #getApplications() <em>Applications</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplications()
	 * @generated
	 * @ordered
	 */
	protected EList<String> applications;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubstrateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.SUBSTRATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubstrateKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SubstrateKind newKind) {
		SubstrateKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SUBSTRATE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRawSizeMB() {
		return rawSizeMB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRawSizeMB(double newRawSizeMB) {
		double oldRawSizeMB = rawSizeMB;
		rawSizeMB = newRawSizeMB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SUBSTRATE__RAW_SIZE_MB, oldRawSizeMB, rawSizeMB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCompressedSizeMB() {
		return compressedSizeMB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompressedSizeMB(double newCompressedSizeMB) {
		double oldCompressedSizeMB = compressedSizeMB;
		compressedSizeMB = newCompressedSizeMB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SUBSTRATE__COMPRESSED_SIZE_MB, oldCompressedSizeMB, compressedSizeMB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtualMachine getOrigin() {
		if (origin != null && origin.eIsProxy()) {
			InternalEObject oldOrigin = (InternalEObject)origin;
			origin = (VirtualMachine)eResolveProxy(oldOrigin);
			if (origin != oldOrigin) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrreryPackage.SUBSTRATE__ORIGIN, oldOrigin, origin));
			}
		}
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VirtualMachine basicGetOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(VirtualMachine newOrigin) {
		VirtualMachine oldOrigin = origin;
		origin = newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SUBSTRATE__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Image getImage() {
		if (image != null && image.eIsProxy()) {
			InternalEObject oldImage = (InternalEObject)image;
			image = (Image)eResolveProxy(oldImage);
			if (image != oldImage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrreryPackage.SUBSTRATE__IMAGE, oldImage, image));
			}
		}
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Image basicGetImage() {
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImage(Image newImage) {
		Image oldImage = image;
		image = newImage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SUBSTRATE__IMAGE, oldImage, image));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getApplications() {
		if (applications == null) {
			applications = new EDataTypeUniqueEList<String>(String.class, this, OrreryPackage.SUBSTRATE__APPLICATIONS);
		}
		return applications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SUBSTRATE__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrreryPackage.SUBSTRATE__KIND:
				return getKind();
			case OrreryPackage.SUBSTRATE__RAW_SIZE_MB:
				return getRawSizeMB();
			case OrreryPackage.SUBSTRATE__COMPRESSED_SIZE_MB:
				return getCompressedSizeMB();
			case OrreryPackage.SUBSTRATE__ORIGIN:
				if (resolve) return getOrigin();
				return basicGetOrigin();
			case OrreryPackage.SUBSTRATE__IMAGE:
				if (resolve) return getImage();
				return basicGetImage();
			case OrreryPackage.SUBSTRATE__APPLICATIONS:
				return getApplications();
			case OrreryPackage.SUBSTRATE__OWNER:
				return getOwner();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OrreryPackage.SUBSTRATE__KIND:
				setKind((SubstrateKind)newValue);
				return;
			case OrreryPackage.SUBSTRATE__RAW_SIZE_MB:
				setRawSizeMB((Double)newValue);
				return;
			case OrreryPackage.SUBSTRATE__COMPRESSED_SIZE_MB:
				setCompressedSizeMB((Double)newValue);
				return;
			case OrreryPackage.SUBSTRATE__ORIGIN:
				setOrigin((VirtualMachine)newValue);
				return;
			case OrreryPackage.SUBSTRATE__IMAGE:
				setImage((Image)newValue);
				return;
			case OrreryPackage.SUBSTRATE__APPLICATIONS:
				getApplications().clear();
				getApplications().addAll((Collection<? extends String>)newValue);
				return;
			case OrreryPackage.SUBSTRATE__OWNER:
				setOwner((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case OrreryPackage.SUBSTRATE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case OrreryPackage.SUBSTRATE__RAW_SIZE_MB:
				setRawSizeMB(RAW_SIZE_MB_EDEFAULT);
				return;
			case OrreryPackage.SUBSTRATE__COMPRESSED_SIZE_MB:
				setCompressedSizeMB(COMPRESSED_SIZE_MB_EDEFAULT);
				return;
			case OrreryPackage.SUBSTRATE__ORIGIN:
				setOrigin((VirtualMachine)null);
				return;
			case OrreryPackage.SUBSTRATE__IMAGE:
				setImage((Image)null);
				return;
			case OrreryPackage.SUBSTRATE__APPLICATIONS:
				getApplications().clear();
				return;
			case OrreryPackage.SUBSTRATE__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case OrreryPackage.SUBSTRATE__KIND:
				return kind != KIND_EDEFAULT;
			case OrreryPackage.SUBSTRATE__RAW_SIZE_MB:
				return rawSizeMB != RAW_SIZE_MB_EDEFAULT;
			case OrreryPackage.SUBSTRATE__COMPRESSED_SIZE_MB:
				return compressedSizeMB != COMPRESSED_SIZE_MB_EDEFAULT;
			case OrreryPackage.SUBSTRATE__ORIGIN:
				return origin != null;
			case OrreryPackage.SUBSTRATE__IMAGE:
				return image != null;
			case OrreryPackage.SUBSTRATE__APPLICATIONS:
				return applications != null && !applications.isEmpty();
			case OrreryPackage.SUBSTRATE__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", rawSizeMB: ");
		result.append(rawSizeMB);
		result.append(", compressedSizeMB: ");
		result.append(compressedSizeMB);
		result.append(", applications: ");
		result.append(applications);
		result.append(", owner: ");
		result.append(owner);
		result.append(')');
		return result.toString();
	}

} //SubstrateImpl
